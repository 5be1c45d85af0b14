namespace Retning.Data.Synthetic;

/// <summary>
/// The one source of every draw: a seeded <see cref="Random"/> with the helpers the generator needs.
/// Ids come from it too, so the same seed gives the same ids (never Guid.NewGuid).
/// </summary>
internal sealed class SyntheticRandom(int seed)
{
    private readonly Random random = new(seed);

    /// <summary>A random stream of its own for one citizen: citizens do not depend on each other's draws.</summary>
    public static SyntheticRandom ForCitizen(int seed, int index) => new(unchecked((seed * 1_000_003) + (index * 7919) + 17));

    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    public int Next(int maxExclusive) => random.Next(maxExclusive);

    public int Next(int min, int maxExclusive) => random.Next(min, maxExclusive);

    public double NextDouble() => random.NextDouble();

    public bool Chance(double p) => random.NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Noise around 0 (triangular, -1 to 1).</summary>
    public double Noise() => random.NextDouble() + random.NextDouble() - 1;

    public List<T> Shuffled<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}
