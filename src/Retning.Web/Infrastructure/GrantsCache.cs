using System.Collections.Concurrent;

namespace Retning.Web.Infrastructure;

/// <summary>
/// The signed-in users' grants, kept between requests under the access stamp they were loaded with
/// (docs/adr/0002, "Grants are cached under an access stamp"). The per-request user query reads the
/// stamp anyway; a stamp other than the kept one is a miss, so a changed role counts from the next
/// request on this instance and on any other. The short lifetime only bounds how long a change made
/// outside the application (by hand in the database) can go unseen.
/// </summary>
public sealed class GrantsCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>More users than this at once and the expired ones go (all of them, if none has expired).</summary>
    public const int MaxUsers = 10_000;

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    private sealed record Entry(long AccessStamp, UserGrants Grants, DateTimeOffset KeptUntil);

    public int Count => _entries.Count;

    /// <summary>The grants kept for the user under exactly this stamp and not yet expired; otherwise null.</summary>
    public UserGrants? Find(Guid userId, long accessStamp) =>
        _entries.TryGetValue(userId, out var entry) && entry.AccessStamp == accessStamp && clock.GetUtcNow() < entry.KeptUntil
            ? entry.Grants
            : null;

    /// <summary>Keeps the grants just loaded under the stamp read before loading them (one entry per user).</summary>
    public void Keep(Guid userId, long accessStamp, UserGrants grants)
    {
        var now = clock.GetUtcNow();
        if (_entries.Count >= MaxUsers && !_entries.ContainsKey(userId))
        {
            foreach (var (id, entry) in _entries)
            {
                if (entry.KeptUntil <= now)
                {
                    _entries.TryRemove(id, out _);
                }
            }

            if (_entries.Count >= MaxUsers)
            {
                _entries.Clear();
            }
        }

        _entries[userId] = new Entry(accessStamp, grants, now + Lifetime);
    }
}
