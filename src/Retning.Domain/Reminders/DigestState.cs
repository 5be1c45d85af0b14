namespace Retning.Domain.Reminders;

/// <summary>Where a user's daily digest stands.</summary>
public enum DigestState
{
    /// <summary>Made, not yet delivered (or waiting for its next attempt after a failed send).</summary>
    Pending = 1,

    /// <summary>Sent by e-mail.</summary>
    Sent = 2,

    /// <summary>No mail server is configured: the digest is shown in Retning instead.</summary>
    ShownInApp = 3,

    /// <summary>Every attempt failed; shown in Retning and logged as an error.</summary>
    Failed = 4,
}
