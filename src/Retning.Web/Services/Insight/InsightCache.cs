using System.Collections.Concurrent;
using Retning.Data.Insight;
using Retning.Domain.Insight;

namespace Retning.Web.Services.Insight;

/// <summary>
/// The rows of the management figures for a scope and period (<see cref="InsightReader"/>), read once and given to
/// every request that asks again while the data they were read from is unchanged (docs/adr/0015): each request reads
/// the figures' version (<see cref="InsightStamp"/>, one row) and reuses rows read under that same version, so a
/// number is always the one a fresh read would give. The figures count finished months, and the diary's notes of
/// the running month leave the version alone, so the rows stay valid through a working day of notes.
/// <para>
/// Rows of an older version are dropped the moment a newer one is seen; at most <see cref="Capacity"/> scopes are
/// kept, the least recently asked for leaving first. A read is shared by the requests that wait for it and is not
/// cancelled with the first of them. Nothing here decides who may see what: the caller asks for the departments the
/// user's role reaches (<see cref="InsightScope"/>).
/// </para>
/// </summary>
public sealed class InsightCache(InsightReader reader, DbContextOptions<AppDbContext> options, TimeProvider clock)
{
    /// <summary>How many scopes and periods are kept (a region's rows are some tens of MB at 5,000 citizens).</summary>
    public const int Capacity = 6;

    private readonly ConcurrentDictionary<(string Departments, ReportPeriod Period), Entry> _entries = new();
    private long _asked;

    public async Task<InsightData> ReadAsync(IReadOnlyCollection<Guid> departmentIds, ReportPeriod period, CancellationToken ct)
    {
        Guid? version;
        await using (var db = new AppDbContext(options, FixedCitizenScope.None, clock))
        {
            version = await InsightStamps.ReadAsync(db, ct);
        }

        if (version is not { } current)
        {
            return await reader.ReadAsync(departmentIds, period, ct);
        }

        foreach (var stale in _entries.Where(e => e.Value.Version != current))
        {
            _entries.TryRemove(stale);
        }

        var key = (string.Join(',', departmentIds.Order()), period);
        var entry = _entries.AddOrUpdate(key,
            _ => new Entry(current, Read(departmentIds, period)),
            (_, existing) => existing.Version == current && !existing.Rows.Value.IsFaulted ? existing : new Entry(current, Read(departmentIds, period)));
        entry.LastAsked = Interlocked.Increment(ref _asked);
        Trim();
        try
        {
            return await entry.Rows.Value.WaitAsync(ct);
        }
        catch (Exception) when (entry.Rows.Value.IsFaulted)
        {
            _entries.TryRemove(new KeyValuePair<(string, ReportPeriod), Entry>(key, entry));
            throw;
        }
    }

    /// <summary>The scopes kept now (for tests and the log).</summary>
    public int Count => _entries.Count;

    private Lazy<Task<InsightData>> Read(IReadOnlyCollection<Guid> departmentIds, ReportPeriod period) =>
        new(() => reader.ReadAsync(departmentIds, period, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);

    private void Trim()
    {
        while (_entries.Count > Capacity)
        {
            _entries.TryRemove(_entries.MinBy(e => e.Value.LastAsked));
        }
    }

    private sealed class Entry(Guid version, Lazy<Task<InsightData>> rows)
    {
        public Guid Version { get; } = version;

        public Lazy<Task<InsightData>> Rows { get; } = rows;

        public long LastAsked { get; set; }
    }
}
