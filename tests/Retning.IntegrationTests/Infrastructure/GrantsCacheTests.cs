using Microsoft.Extensions.Time.Testing;
using Retning.Domain.Organisation;
using Retning.Web.Infrastructure;

namespace Retning.IntegrationTests.Infrastructure;

/// <summary>
/// The grants cache's rule (docs/adr/0002, "Grants are cached under an access stamp"): kept grants are used
/// only under the stamp they were loaded with and for a short time. Pure: no app, a fake clock.
/// </summary>
public sealed class GrantsCacheTests
{
    private static readonly Guid User = Guid.NewGuid();
    private static readonly UserGrants Grants = new([new(Guid.NewGuid(), Guid.NewGuid(), StaffRole.CareWorker)], [], ["Solsikken – Mågen (Medarbejder)"]);

    [Fact]
    public void Grants_are_found_under_the_stamp_they_were_kept_with_and_not_under_another()
    {
        var cache = new GrantsCache(new FakeTimeProvider());
        cache.Keep(User, 7, Grants);

        Assert.Same(Grants, cache.Find(User, 7));
        Assert.Null(cache.Find(User, 8));
        Assert.Null(cache.Find(User, 6));
        Assert.Null(cache.Find(Guid.NewGuid(), 7));
    }

    [Fact]
    public void Grants_kept_under_a_new_stamp_replace_the_old_ones()
    {
        var cache = new GrantsCache(new FakeTimeProvider());
        cache.Keep(User, 7, Grants);
        var changed = Grants with { Labels = ["Lindely – Egen (Medarbejder)"] };

        cache.Keep(User, 8, changed);

        Assert.Same(changed, cache.Find(User, 8));
        Assert.Null(cache.Find(User, 7));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Grants_expire_after_the_lifetime_even_under_the_same_stamp()
    {
        var clock = new FakeTimeProvider();
        var cache = new GrantsCache(clock);
        cache.Keep(User, 7, Grants);

        clock.Advance(GrantsCache.Lifetime - TimeSpan.FromSeconds(1));
        Assert.Same(Grants, cache.Find(User, 7));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(cache.Find(User, 7));
    }

    [Fact]
    public void The_cache_never_holds_more_than_its_limit_of_users()
    {
        var clock = new FakeTimeProvider();
        var cache = new GrantsCache(clock);
        for (var i = 0; i < GrantsCache.MaxUsers; i++)
        {
            cache.Keep(Guid.NewGuid(), 1, Grants);
        }

        cache.Keep(User, 1, Grants);

        Assert.True(cache.Count <= GrantsCache.MaxUsers);
        Assert.Same(Grants, cache.Find(User, 1));
    }

    [Fact]
    public void Expired_users_make_room_before_anyone_current_is_dropped()
    {
        var clock = new FakeTimeProvider();
        var cache = new GrantsCache(clock);
        var early = Guid.NewGuid();
        cache.Keep(early, 1, Grants);
        clock.Advance(GrantsCache.Lifetime);
        var current = new List<Guid>();
        for (var i = 1; i < GrantsCache.MaxUsers; i++)
        {
            current.Add(Guid.NewGuid());
            cache.Keep(current[^1], 1, Grants);
        }

        cache.Keep(User, 1, Grants);

        Assert.Equal(GrantsCache.MaxUsers, cache.Count);
        Assert.All(current, id => Assert.Same(Grants, cache.Find(id, 1)));
    }
}
