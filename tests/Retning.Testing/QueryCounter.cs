using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Retning.Testing;

/// <summary>
/// Counts the SQL commands and connection opens of the HTTP requests made inside
/// <see cref="MeasureAsync{T}"/>, for the query-budget tests (counts, never times). A request is
/// attributed by an <see cref="AsyncLocal{T}"/> set by <see cref="Middleware"/> when it starts, so
/// work outside any request (background jobs, the tests' own arranging) is never counted.
/// </summary>
public sealed class QueryCounter : IDbCommandInterceptor, IDbConnectionInterceptor
{
    private static readonly TimeSpan RequestDrainTimeout = TimeSpan.FromSeconds(10);

    private readonly AsyncLocal<Measurement?> _current = new();
    private readonly Lock _gate = new();
    private Measurement? _active;

    /// <summary>Runs <paramref name="requests"/> and counts what the requests it makes send to the database.</summary>
    public async Task<(T Result, QueryCount Count)> MeasureAsync<T>(Func<Task<T>> requests)
    {
        var measurement = new Measurement();
        lock (_gate)
        {
            if (_active is not null)
            {
                throw new InvalidOperationException("One measurement at a time.");
            }

            _active = measurement;
        }

        try
        {
            var result = await requests();
            // The client may have its response before the pipeline has finished (e.g. after-response saves).
            await measurement.DrainAsync(RequestDrainTimeout);
            return (result, measurement.ToCount());
        }
        finally
        {
            lock (_gate)
            {
                _active = null;
            }
        }
    }

    /// <inheritdoc cref="MeasureAsync{T}"/>
    public async Task<QueryCount> MeasureAsync(Func<Task> requests) =>
        (await MeasureAsync(async () => { await requests(); return true; })).Count;

    /// <summary>A middleware (first in the pipeline) that attributes the request to the running measurement, if any.</summary>
    public IStartupFilter Middleware => new AttributingStartupFilter(this);

    private async Task AttributeAsync(Func<Task> next)
    {
        Measurement? measurement;
        lock (_gate)
        {
            measurement = _active;
        }

        if (measurement is null)
        {
            await next();
            return;
        }

        measurement.RequestStarted();
        _current.Value = measurement;
        try
        {
            await next();
        }
        finally
        {
            _current.Value = null;
            measurement.RequestEnded();
        }
    }

    private void Command(DbCommand command) => _current.Value?.Command(command.CommandText);

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Command(command);
        return result;
    }

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Command(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Command(command);
        return result;
    }

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Command(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Command(command);
        return result;
    }

    public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Command(command);
        return ValueTask.FromResult(result);
    }

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => _current.Value?.Opened();

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _current.Value?.Opened();
        return Task.CompletedTask;
    }

    private sealed class Measurement
    {
        private readonly ConcurrentQueue<string> _sql = new();
        private int _opens;
        private int _requests;

        public void Command(string sql) => _sql.Enqueue(sql);
        public void Opened() => Interlocked.Increment(ref _opens);
        public void RequestStarted() => Interlocked.Increment(ref _requests);
        public void RequestEnded() => Interlocked.Decrement(ref _requests);

        public async Task DrainAsync(TimeSpan timeout)
        {
            var started = Stopwatch.GetTimestamp();
            while (Volatile.Read(ref _requests) > 0 && Stopwatch.GetElapsedTime(started) < timeout)
            {
                await Task.Delay(10);
            }
        }

        public QueryCount ToCount() => new(_sql.Count, Volatile.Read(ref _opens), [.. _sql]);
    }

    private sealed class AttributingStartupFilter(QueryCounter counter) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) => counter.AttributeAsync(() => nextMiddleware(context)));
            next(app);
        };
    }
}

/// <summary>What the measured requests sent: commands (with their SQL, for failure messages) and connection opens.</summary>
public sealed record QueryCount(int Commands, int Opens, IReadOnlyList<string> Sql)
{
    /// <summary>The count and every command's SQL, numbered, for a failing budget's message.</summary>
    public string Describe() =>
        $"{Commands} commands, {Opens} connection opens:\n" + string.Join("\n", Sql.Select((s, i) => $"--- {i + 1}\n{s}"));
}
