using Retning.Data.Idempotency;

namespace Retning.Web.Infrastructure.Idempotency;

/// <summary>
/// For a create handler that knows where it will redirect before it saves (docs/architecture.md, "A request's way",
/// Idempotency): the form key's row, still pending in the page's DbContext, takes the location now, so the handler's
/// own SaveChanges commits key, item and location together. Otherwise <see cref="IdempotencyFilter"/> stores the
/// location after the redirect, in a second write.
/// </summary>
public static class IdempotentRedirect
{
    /// <summary>Call before SaveChanges, with the address the handler then redirects to.</summary>
    public static string WillRedirectTo(HttpContext http, string location)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Features.Get<PendingIdempotencyKey>() is { } pending && location.Length <= IdempotencyKey.LocationMaxLength)
        {
            pending.Row.Location = location;
        }

        return location;
    }
}

/// <summary>The form key's row the filter added for this request, not yet saved.</summary>
internal sealed record PendingIdempotencyKey(IdempotencyKey Row);
