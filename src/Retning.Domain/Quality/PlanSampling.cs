namespace Retning.Domain.Quality;

/// <summary>A plan that can be drawn for review, with the department its citizen lives in.</summary>
public sealed record SampleCandidate(Guid PlanId, Guid DepartmentId);

/// <summary>The plans drawn, in the order drawn within each department, and how many each department gave.</summary>
public sealed record PlanSample(IReadOnlyList<SampleCandidate> Plans, IReadOnlyDictionary<Guid, int> PerDepartment);

/// <summary>
/// The random sample of plans a monitoring round reviews (docs/domain.md, "Quality monitoring"), stratified per
/// department. Only plans the reviewer may open are ever candidates: the caller passes the reviewer's departments,
/// and plans elsewhere are left out before anything is drawn.
/// <para>
/// <b>Allocation.</b> When the size allows, every department with plans gets one; the rest is shared in
/// proportion to the plans each department has left (largest remainder, ties to the larger department, then the
/// lower id), so a department's share never exceeds its plans. A size below the number of departments is shared
/// in proportion to the departments' plans the same way, and some get none.
/// </para>
/// <para>
/// <b>Reproducible.</b> The same candidates, size and seed draw the same plans in the same order: departments in
/// order of id, plans in order of id, and one seeded <see cref="Random"/> (whose seeded sequence .NET keeps the same
/// across versions) shuffling each department's plans in turn. A round keeps its seed, so its sample can be drawn again
/// and checked.
/// </para>
/// </summary>
public static class PlanSampling
{
    public const int MaxSize = 500;

    public static (PlanSample? Sample, IReadOnlyList<FieldError> Errors) Draw(
        IEnumerable<SampleCandidate> candidates, IReadOnlySet<Guid> reviewerDepartments, int? size, int seed)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(reviewerDepartments);
        var strata = candidates.Where(c => reviewerDepartments.Contains(c.DepartmentId)).DistinctBy(c => c.PlanId)
            .GroupBy(c => c.DepartmentId).OrderBy(g => g.Key).Select(g => g.OrderBy(c => c.PlanId).ToList()).ToList();
        var population = strata.Sum(s => s.Count);
        var error = size switch
        {
            _ when population == 0 => "Der er ingen planer i de valgte afdelinger, som du har adgang til.",
            null or < 1 => "Angiv, hvor mange planer stikprøven skal have (mindst 1).",
            > MaxSize => $"Stikprøven kan højst have {MaxSize} planer.",
            _ when size > population => $"Stikprøven kan højst have {population} planer: så mange er der i de valgte afdelinger.",
            _ => null,
        };
        if (error is not null)
        {
            return (null, [new FieldError("SampleSize", error)]);
        }

        var shares = Allocate(strata.Select(s => s.Count).ToList(), size!.Value);
#pragma warning disable CA5394 // a sample must be drawn again from its seed (an inspector checks it), not be unpredictable
        var random = new Random(seed);
        var drawn = new List<SampleCandidate>();
        var perDepartment = new Dictionary<Guid, int>();
        for (var i = 0; i < strata.Count; i++)
        {
            var plans = strata[i];
            for (var j = 0; j < shares[i]; j++)
            {
                var pick = random.Next(j, plans.Count);
                (plans[j], plans[pick]) = (plans[pick], plans[j]);
                drawn.Add(plans[j]);
            }

            perDepartment[plans[0].DepartmentId] = shares[i];
        }
#pragma warning restore CA5394

        return (new PlanSample(drawn, perDepartment), []);
    }

    /// <summary>How many plans each stratum gives (see the class remarks); the shares add up to <paramref name="size"/>.</summary>
    internal static int[] Allocate(IReadOnlyList<int> stratumSizes, int size)
    {
        var everyOne = size >= stratumSizes.Count;
        var shares = stratumSizes.Select(_ => everyOne ? 1 : 0).ToArray();
        var weights = stratumSizes.Select(n => everyOne ? n - 1 : n).ToArray();
        var toShare = size - shares.Sum();
        var total = weights.Sum();
        if (toShare == 0 || total == 0)
        {
            return shares;
        }

        var remainders = new (int Stratum, long Remainder)[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            var exact = (long)toShare * weights[i];
            shares[i] += (int)(exact / total);
            remainders[i] = (i, exact % total);
        }

        var left = size - shares.Sum();
        foreach (var (stratum, _) in remainders.OrderByDescending(r => r.Remainder).ThenByDescending(r => stratumSizes[r.Stratum]).ThenBy(r => r.Stratum).Take(left))
        {
            shares[stratum]++;
        }

        return shares;
    }
}
