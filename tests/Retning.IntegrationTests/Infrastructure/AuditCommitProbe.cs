using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Retning.Data.Audit;
using Retning.Domain.Audit;

namespace Retning.IntegrationTests.Infrastructure;

/// <summary>
/// Watches the transactions that append audit rows, by the chain's lock statement each of them runs first
/// (<see cref="AuditChainWriter"/>): how many rows each one commits, so a test sees batching without timing.
/// It can hold the first append at its lock until <see cref="Release"/> (so concurrent requests queue behind
/// it), and make every audit INSERT fail while <see cref="FailInserts"/> is set.
/// </summary>
internal sealed class AuditCommitProbe : DbCommandInterceptor
{
    private readonly List<int> _appends = [];
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _holdFirst;
    private volatile bool _failInserts;

    /// <summary>Rows per audit-appending transaction, in the order they took the lock.</summary>
    public IReadOnlyList<int> Appends
    {
        get
        {
            lock (_appends)
            {
                return [.. _appends];
            }
        }
    }

    public bool FailInserts
    {
        get => _failInserts;
        set => _failInserts = value;
    }

    /// <summary>The next append waits at its lock until <see cref="Release"/>.</summary>
    public void HoldNextAppend() => Volatile.Write(ref _holdFirst, 1);

    /// <summary>Completes when the held append has reached its lock; its row count is then in <see cref="Appends"/>.</summary>
    public Task Held => _held.Task;

    public void Release() => _released.TrySetResult();

    public void Reset()
    {
        lock (_appends)
        {
            _appends.Clear();
        }
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (IsChainLock(command.CommandText))
        {
            var rows = eventData.Context!.ChangeTracker.Entries<AuditEntry>().Count(e => e.State == EntityState.Added);
            lock (_appends)
            {
                _appends.Add(rows);
            }

            if (Interlocked.Exchange(ref _holdFirst, 0) == 1)
            {
                _held.TrySetResult();
                await _released.Task;
            }
        }

        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        _failInserts && command.CommandText.Contains("INSERT INTO \"AuditEntries\"", StringComparison.Ordinal)
            ? throw new InvalidOperationException("AuditCommitProbe: the audit INSERT fails (test).")
            : ValueTask.FromResult(result);

    private static bool IsChainLock(string sql) =>
        sql.Contains("pg_advisory_xact_lock", StringComparison.Ordinal)
        || sql.Contains("UPDATE \"AuditChainHead\" SET \"Sequence\" = \"Sequence\"", StringComparison.Ordinal);
}
