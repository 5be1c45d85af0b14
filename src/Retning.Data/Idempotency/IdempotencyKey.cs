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

    /// <summary>
    /// An API POST's fingerprint (method, address, body; Retning.Domain.Api.IdempotencyRules); null for a page form's key.
    /// The API stores its whole first response beside it, in the same transaction as what it created
    /// (docs/adr/0020-api-contract.md, "Idempotency").
    /// </summary>
    public string? RequestFingerprint { get; set; }

    /// <summary>The first API response's status (null for a page form's key).</summary>
    public int? ResponseStatus { get; set; }

    /// <summary>
    /// The first API response's JSON body, returned as it was to a repeat. A created resource echoes at most its request,
    /// whose body the API caps at 256 kB (Api/Http/ApiJson.MaxBodyBytes), so the same cap holds here.
    /// </summary>
    public string? ResponseBody { get; set; }

    public const int ResponseBodyMaxLength = 256 * 1024;
}
