using Retning.Domain.Quality;

namespace Retning.UnitTests.Quality;

/// <summary>The sample a monitoring round reviews: stratified per department, reproducible from its seed, never outside the reviewer's departments.</summary>
public sealed class PlanSamplingTests
{
    private static readonly Guid A = new("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = new("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = new("00000000-0000-0000-0000-00000000000c");
    private static readonly Guid D = new("00000000-0000-0000-0000-00000000000d");

    private static List<SampleCandidate> Plans(Guid department, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => new SampleCandidate(Guid.NewGuid(), department))];

    private static PlanSample Drawn(IEnumerable<SampleCandidate> candidates, IReadOnlySet<Guid> scope, int size, int seed = 7)
    {
        var (sample, errors) = PlanSampling.Draw(candidates, scope, size, seed);
        Assert.Empty(errors);
        return sample!;
    }

    [Fact]
    public void Every_department_gets_one_and_the_rest_is_shared_by_the_plans_left_largest_remainder_first()
    {
        // 10, 5 and 1 plans, 8 to draw: one each, then 5 shared by 9 : 4 : 0 → 3.46 and 1.54 → 3 and 1, the last one to
        // the larger remainder (B) → 4, 3, 1.
        var sample = Drawn([.. Plans(A, 10), .. Plans(B, 5), .. Plans(C, 1)], new HashSet<Guid> { A, B, C }, 8);

        Assert.Equal(new Dictionary<Guid, int> { [A] = 4, [B] = 3, [C] = 1 }, sample.PerDepartment);
        Assert.Equal(8, sample.Plans.Count);
    }

    [Fact]
    public void A_size_below_the_number_of_departments_is_shared_by_their_plans()
    {
        // 6, 3, 2 and 1 plans, 2 to draw: 2 × 6/12 = 1 for A; the other one to the largest remainder, B (6/12 of a plan).
        var sample = Drawn([.. Plans(A, 6), .. Plans(B, 3), .. Plans(C, 2), .. Plans(D, 1)], new HashSet<Guid> { A, B, C, D }, 2);

        Assert.Equal(new Dictionary<Guid, int> { [A] = 1, [B] = 1, [C] = 0, [D] = 0 }, sample.PerDepartment);
    }

    [Fact]
    public void The_same_seed_draws_the_same_plans_in_the_same_order_whatever_order_they_come_in()
    {
        List<SampleCandidate> candidates = [.. Plans(A, 30), .. Plans(B, 20)];
        var scope = new HashSet<Guid> { A, B };

        var first = Drawn(candidates, scope, 10, seed: 2026);
        var again = Drawn(Enumerable.Reverse(candidates), scope, 10, seed: 2026);
        var other = Drawn(candidates, scope, 10, seed: 2027);

        Assert.Equal(first.Plans, again.Plans);
        Assert.NotEqual(first.Plans, other.Plans);
    }

    [Fact]
    public void Plans_outside_the_reviewers_departments_are_never_drawn()
    {
        var outside = Plans(C, 50);
        for (var seed = 0; seed < 200; seed++)
        {
            var sample = Drawn([.. Plans(A, 3), .. outside, .. Plans(B, 2)], new HashSet<Guid> { A, B }, 5, seed);

            Assert.DoesNotContain(sample.Plans, p => p.DepartmentId == C);
            Assert.False(sample.PerDepartment.ContainsKey(C));
        }
    }

    [Fact]
    public void Over_many_seeds_a_sample_holds_distinct_plans_of_their_departments_in_the_allocated_numbers()
    {
        var random = new Random(15);
        for (var run = 0; run < 300; run++)
        {
            var departments = new[] { A, B, C, D }.Take(random.Next(1, 5)).ToList();
            List<SampleCandidate> candidates = [.. departments.SelectMany(d => Plans(d, random.Next(1, 40)))];
            var size = random.Next(1, candidates.Count + 1);

            var sample = Drawn(candidates, departments.ToHashSet(), size, seed: run);

            Assert.Equal(size, sample.Plans.Count);
            Assert.Equal(size, sample.Plans.DistinctBy(p => p.PlanId).Count());
            Assert.All(sample.Plans, p => Assert.Contains(p, candidates));
            Assert.Equal(sample.PerDepartment.Where(d => d.Value > 0).ToDictionary(), sample.Plans.GroupBy(p => p.DepartmentId).ToDictionary(g => g.Key, g => g.Count()));
            if (size >= departments.Count)
            {
                Assert.All(departments, d => Assert.True(sample.PerDepartment[d] >= 1));
            }
        }
    }

    [Theory]
    [InlineData(null, "Angiv, hvor mange planer stikprøven skal have (mindst 1).")]
    [InlineData(0, "Angiv, hvor mange planer stikprøven skal have (mindst 1).")]
    [InlineData(6, "Stikprøven kan højst have 5 planer: så mange er der i de valgte afdelinger.")]
    [InlineData(501, "Stikprøven kan højst have 500 planer.")]
    public void A_size_that_cannot_be_drawn_is_refused_at_the_field(int? size, string message)
    {
        var (sample, errors) = PlanSampling.Draw([.. Plans(A, 5), .. Plans(C, 9)], new HashSet<Guid> { A }, size, 1);

        Assert.Null(sample);
        Assert.Equal(("SampleSize", message), (Assert.Single(errors).Field, errors[0].Message));
    }

    [Fact]
    public void A_scope_without_plans_says_so()
    {
        var (sample, errors) = PlanSampling.Draw(Plans(C, 9), new HashSet<Guid> { A }, 3, 1);

        Assert.Null(sample);
        Assert.Equal("Der er ingen planer i de valgte afdelinger, som du har adgang til.", Assert.Single(errors).Message);
    }
}
