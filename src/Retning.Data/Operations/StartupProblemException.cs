namespace Retning.Data.Operations;

/// <summary>
/// A problem the operator must fix before Retning can start (a data folder that cannot be
/// created or written, a read-only database). The message is one paragraph in Danish and
/// English, printed as it is without a stack trace (Program.cs).
/// </summary>
public sealed class StartupProblemException : Exception
{
    public StartupProblemException(string message, Exception? inner = null) : base(message, inner)
    {
    }

    public StartupProblemException()
    {
    }

    public StartupProblemException(string message) : base(message)
    {
    }
}
