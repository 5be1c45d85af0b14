using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Retning.Domain.Audit;

namespace Retning.Data.Audit;

/// <summary>
/// Group commit of standalone audit rows (a read, search, export or denial; docs/adr/0013): the rows of concurrent
/// requests are written in one durable transaction on the committer's own context, chained by
/// <see cref="AuditChainWriter"/> as on every save (time order, then queue order), and each request's task
/// completes only when the commit that holds its row has finished. A failed commit fails every request of its
/// batch, so no response is sent whose row is not durable. One writer per process: a batch is whatever is queued
/// when the writer becomes free (at most <see cref="MaxBatch"/>), so a lone request waits for nothing but its own
/// commit.
/// </summary>
public sealed class AuditGroupCommit : IAsyncDisposable, IDisposable
{
    /// <summary>The most rows in one transaction: bounds the chain lock's hold and the memory of one batch.</summary>
    public const int MaxBatch = 256;

    private readonly Channel<Queued> _queue = Channel.CreateUnbounded<Queued>();
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<AuditGroupCommit> _log;
    private readonly Task _writer;

    public AuditGroupCommit(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AuditGroupCommit> log)
    {
        _scopes = scopes;
        _clock = clock;
        _log = log;
        _writer = Task.Run(WriteBatchesAsync);
    }

    /// <summary>Rows waiting for the writer (not yet in a transaction).</summary>
    public int QueuedRows => _queue.Reader.Count;

    /// <summary>
    /// Queues a new, unsaved row and completes when the transaction holding it has committed; throws what that
    /// commit threw. Cancelling stops the wait, not the write: the row may still be committed.
    /// </summary>
    public Task CommitAsync(AuditEntry row, CancellationToken ct)
    {
        var queued = new Queued(row, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(queued))
        {
            throw new InvalidOperationException("The audit log's committer has stopped (the app is shutting down).");
        }

        return queued.Committed.Task.WaitAsync(ct);
    }

    private async Task WriteBatchesAsync()
    {
        var batch = new List<Queued>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var queued))
            {
                batch.Add(queued);
            }

            try
            {
                await SaveAsync(batch);
                batch.ForEach(q => q.Committed.TrySetResult());
            }
#pragma warning disable CA1031 // any failure belongs to the batch's requests (they rethrow it); the writer must go on
            catch (Exception e)
#pragma warning restore CA1031
            {
                // Every request of the batch fails with the commit's own exception: none of them may send its page.
                _log.LogError(e, "Could not commit a batch of {Rows} audit rows", batch.Count);
                batch.ForEach(q => q.Committed.TrySetException(e));
            }

            batch.Clear();
        }
    }

    /// <summary>One transaction on its own context: AppDbContext.SaveChanges chains the rows under the chain's lock.</summary>
    private async Task SaveAsync(List<Queued> batch)
    {
        await using var scope = _scopes.CreateAsyncScope();
        await using var db = new AppDbContext(scope.ServiceProvider.GetRequiredService<DbContextOptions<AppDbContext>>(), FixedCitizenScope.System, _clock);
        UseOwnPool(db);
        foreach (var queued in batch)
        {
            db.AuditEntries.Add(queued.Row);
        }

        // Not a request's token: the batch holds other requests' rows.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>
    /// The committer takes its connection from a pool of its own. The requests waiting for its commit hold their
    /// connections from the app's pool until it finishes (one connection per request, docs/adr/0012), so with as
    /// many waiting requests as that pool holds, a connection from it would never come: every read would fail.
    /// PostgreSQL pools by connection string, so another application name is another pool; SQLite's pool has no
    /// upper bound.
    /// </summary>
    private static void UseOwnPool(AppDbContext db)
    {
        if (db.Database.IsNpgsql())
        {
            var connection = new DbConnectionStringBuilder { ConnectionString = db.Database.GetConnectionString() };
            connection["Application Name"] = "Retning audit commit";
            db.Database.SetConnectionString(connection.ConnectionString);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Rows already queued are still written; new ones are refused.
        _queue.Writer.TryComplete();
        await _writer;
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writer.GetAwaiter().GetResult();
    }

    private sealed record Queued(AuditEntry Row, TaskCompletionSource Committed);
}
