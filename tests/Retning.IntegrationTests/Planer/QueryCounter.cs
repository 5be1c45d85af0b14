using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Retning.IntegrationTests.Planer;

/// <summary>
/// Counts the SQL commands EF Core runs against one test database while it is alive (through EF's
/// DiagnosticSource events, so the app needs no test hook). Other test classes run in parallel on
/// their own databases; only commands on this database's connection are counted.
/// </summary>
internal sealed partial class QueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _database;
    private readonly IDisposable _all;
    private readonly List<IDisposable> _listeners = [];
    private int _count;

    public QueryCounter(string connectionString)
    {
        _database = DatabaseName().Match(connectionString).Value;
        if (_database.Length == 0)
        {
            throw new ArgumentException("The test database's connection string has no retning_test_ name.", nameof(connectionString));
        }

        _all = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Count => Volatile.Read(ref _count);

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_listeners)
            {
                _listeners.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data
            && data.Command.Connection?.ConnectionString?.Contains(_database, StringComparison.Ordinal) == true)
        {
            Interlocked.Increment(ref _count);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _all.Dispose();
        lock (_listeners)
        {
            _listeners.ForEach(l => l.Dispose());
        }
    }

    [GeneratedRegex("retning_test_[0-9a-f]{12}")]
    private static partial Regex DatabaseName();
}
