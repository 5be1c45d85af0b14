namespace Retning.Data.Idempotency;

/// <summary>
/// One create form submitted by a user: the key travels in the form's hidden field, so a
/// retried POST (the answer was lost, the button pressed twice) finds this row and is answered
/// with the redirect the first one got, instead of creating the item again.
/// </summary>
public class IdempotencyKey
{
    public const int LocationMaxLength = 2000;

    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid Key { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>Where the first POST redirected to; null while it is still running (or if it answered otherwise).</summary>
    public string? Location { get; set; }
}
