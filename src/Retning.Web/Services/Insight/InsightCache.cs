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
/// When the version changes, <see cref="RefreshAsync"/> (every few seconds, Jobs/InsightRefreshJob) reads again the
/// scopes asked for in the last <see cref="KeptWarm"/> and computes their figures, so the next leader to ask finds
/// them ready; a request that comes first reads them itself, or waits for the read already under way. At most
/// <see cref="Capacity"/> scopes and <see cref="CitizenBudget"/> citizens are kept, the least recently asked for
/// leaving first. A read is shared by the
/// requests that wait for it and is not cancelled with the first of them. Nothing here decides who may see what:
/// the caller asks for the departments the user's role reaches (<see cref="InsightScope"/>).
/// </para>
/// </summary>
public sealed class InsightCache(InsightReader reader, DbContextOptions<AppDbContext> options, TimeProvider clock)
{
    /// <summary>How many scopes and periods are kept at most.</summary>
    public const int Capacity = 6;

    /// <summary>
    /// How many citizens the kept scopes may count together. A scope's rows and computed figures take about 65 KB a
    /// citizen (measured: 5,000 citizens 124 MB of rows, 78 MB of figures, up to 118 MB more with every figure month
    /// by month; 20,000 citizens four times that), so the default keeps about 1 GB. The scope asked for last is kept
    /// whatever its size.
    /// </summary>
    public int CitizenBudget { get; set; } = 15_000;

    /// <summary>How recently a scope must have been asked for to be read again after a change before anyone asks.</summary>
    public static readonly TimeSpan KeptWarm = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<(string Departments, ReportPeriod Period), Entry> _entries = new();
    private long _asked;
    private long _reads;

    /// <summary>The scopes kept now.</summary>
    public int Count => _entries.Count;

    /// <summary>How many reads this cache has begun (for tests: a reused scope begins none).</summary>
    public long Reads => Interlocked.Read(ref _reads);

    public async Task<InsightData> ReadAsync(IReadOnlyCollection<Guid> departmentIds, ReportPeriod period, CancellationToken ct)
    {
        if (await VersionAsync(ct) is not { } current)
        {
            return await reader.ReadAsync(departmentIds, period, ct);
        }

        var key = (string.Join(',', departmentIds.Order()), period);
        var entry = _entries.AddOrUpdate(key,
            _ => Read(current, departmentIds, period),
            (_, existing) => existing.Version == current && !existing.Rows.Value.IsFaulted ? existing : Read(current, departmentIds, period));
        entry.LastAsked = Interlocked.Increment(ref _asked);
        entry.LastAskedUtc = clock.GetUtcNow();
        Trim();
        try
        {
            var data = await entry.Rows.Value.WaitAsync(ct);
            Trim(); // now that its size is known
            return data;
        }
        catch (Exception) when (entry.Rows.Value.IsFaulted)
        {
            _entries.TryRemove(new KeyValuePair<(string, ReportPeriod), Entry>(key, entry));
            throw;
        }
    }

    /// <summary>
    /// Reads again, under the current version, the kept scopes of an older one that were asked for lately, and
    /// computes their figures; drops the others.
    /// </summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        if (await VersionAsync(ct) is not { } current)
        {
            return;
        }

        var today = DanishTime.Today(clock);
        foreach (var (key, stale) in _entries.Where(e => e.Value.Version != current).OrderByDescending(e => e.Value.LastAsked).ToList())
        {
            if (clock.GetUtcNow() - stale.LastAskedUtc > KeptWarm)
            {
                _entries.TryRemove(new KeyValuePair<(string, ReportPeriod), Entry>(key, stale));
                continue;
            }

            var fresh = Read(current, stale.DepartmentIds, stale.Period);
            fresh.LastAsked = stale.LastAsked;
            fresh.LastAskedUtc = stale.LastAskedUtc;
            if (_entries.TryUpdate(key, fresh, stale))
            {
                Figures.CountAll(FigureCatalog.All.Select(f => f.Key), await fresh.Rows.Value.WaitAsync(ct), stale.Period, today);
            }
        }
    }

    private async Task<Guid?> VersionAsync(CancellationToken ct)
    {
        await using var db = new AppDbContext(options, FixedCitizenScope.None, clock);
        return await InsightStamps.ReadAsync(db, ct);
    }

    private Entry Read(Guid version, IReadOnlyCollection<Guid> departmentIds, ReportPeriod period) =>
        new(version, [.. departmentIds], period, new Lazy<Task<InsightData>>(() =>
        {
            Interlocked.Increment(ref _reads);
            return reader.ReadAsync(departmentIds, period, CancellationToken.None);
        }, LazyThreadSafetyMode.ExecutionAndPublication));

    /// <summary>Drops the least recently asked-for scopes while more are kept than <see cref="Capacity"/> or <see cref="CitizenBudget"/> allow.</summary>
    private void Trim()
    {
        while (_entries.Count > 1 && (_entries.Count > Capacity || KeptCitizens() > CitizenBudget))
        {
            _entries.TryRemove(_entries.MinBy(e => e.Value.LastAsked));
        }
    }

    private int KeptCitizens() =>
        _entries.Values.Sum(e => e.Rows.IsValueCreated && e.Rows.Value.IsCompletedSuccessfully ? e.Rows.Value.Result.Citizens.Count : 0);

    private sealed class Entry(Guid version, Guid[] departmentIds, ReportPeriod period, Lazy<Task<InsightData>> rows)
    {
        public Guid Version { get; } = version;

        public Guid[] DepartmentIds { get; } = departmentIds;

        public ReportPeriod Period { get; } = period;

        public Lazy<Task<InsightData>> Rows { get; } = rows;

        public long LastAsked { get; set; }

        public DateTimeOffset LastAskedUtc { get; set; }
    }
}
