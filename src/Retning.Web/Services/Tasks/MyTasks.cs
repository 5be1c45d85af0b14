using Microsoft.Extensions.Caching.Memory;

namespace Retning.Web.Services.Tasks;

/// <summary>
/// "My" tasks (<see cref="UserTasks"/> for the signed-in user). The header's badge shows how many are overdue; it is a
/// count without citizen data, cached a few minutes per user so not every page recomputes it.
/// </summary>
public sealed class MyTasks(CurrentUser me, UserTasks tasks, IMemoryCache cache, TimeProvider clock)
{
    private static readonly TimeSpan BadgeLifetime = TimeSpan.FromMinutes(5);

    public async Task<IReadOnlyList<TaskRow>> LoadAsync(CancellationToken ct)
    {
        if (me.Id is not { } userId)
        {
            return [];
        }

        var relevant = await tasks.ForAsync(userId, [.. me.DepartmentsWhereLeader()], DanishTime.Today(clock), ct);
        cache.Set(BadgeKey, relevant.Count(r => r.IsOverdue), BadgeLifetime);
        return relevant;
    }

    /// <summary>The number of my overdue tasks (cached; refreshed whenever "Mine opgaver" is opened).</summary>
    public async Task<int> OverdueCountAsync(CancellationToken ct)
    {
        if (me.Id is null || me.VisibleDepartmentIds.Count == 0)
        {
            return 0;
        }

        return cache.TryGetValue(BadgeKey, out int count) ? count : (await LoadAsync(ct)).Count(r => r.IsOverdue);
    }

    /// <summary>After my own work changed my tasks (e.g. an evaluation saved), the badge is recounted on the next page.</summary>
    public void Forget() => cache.Remove(BadgeKey);

    private string BadgeKey => $"retning:mine-opgaver:{me.Id}:{DanishTime.Today(clock):yyyy-MM-dd}";
}
