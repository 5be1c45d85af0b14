using System.Text.Json;
using Microsoft.Extensions.Options;
using Retning.Data.Idempotency;
using Retning.Domain.Api;

namespace Retning.Web.Api.Http;

/// <summary>
/// The <c>Idempotency-Key</c> of a creating POST (docs/adr/0020-api-contract.md, "Idempotency"), kept in the table the
/// page forms' keys use (IdempotencyKeys, per caller, swept after 24 hours by the retention job). The endpoint asks
/// <see cref="ReplayAsync"/> first; when it creates, <see cref="Remember"/> adds the key with the whole response to the
/// DbContext before the endpoint's one SaveChanges, so the key, the created item and its audit row commit together.
/// A concurrent twin collides with the unique index (<see cref="IsCollision"/>) and is answered as a repeat.
/// </summary>
public sealed class ApiIdempotency(AppDbContext db, CurrentUser user, TimeProvider clock, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
{
    private const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>The request's key, or a 400 saying what is wrong with it.</summary>
    public static Guid? ReadKey(HttpRequest request, out IResult? problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        problem = null;
        var header = request.Headers[IdempotencyRules.Header].ToString();
        if (IdempotencyRules.TryParseKey(header, out var key))
        {
            return key;
        }

        problem = ApiProblems.Problem(StatusCodes.Status400BadRequest,
            string.IsNullOrWhiteSpace(header)
                ? "Send en Idempotency-Key (et nyt UUID pr. oprettelse), så en gentaget forespørgsel ikke opretter to gange."
                : "Idempotency-Key skal være et UUID, fx 3f2a9c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b.",
            [new FieldError(IdempotencyRules.Header, "Mangler eller er ikke et UUID.")]);
        return null;
    }

    public static string FingerprintOf(HttpRequest request, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(request);
        return IdempotencyRules.Fingerprint(request.Method, request.Path.Value ?? "/", body);
    }

    /// <summary>Null when the key is new; otherwise the first response again, or the problem (422 another request, 409 still running).</summary>
    public async Task<IResult?> ReplayAsync(Guid key, string fingerprint, CancellationToken ct)
    {
        var userId = user.Id ?? throw new InvalidOperationException("An idempotent API call needs a signed-in caller.");
        var stored = await db.IdempotencyKeys.AsNoTracking().Where(k => k.UserId == userId && k.Key == key)
            .Select(k => new { k.RequestFingerprint, k.ResponseStatus, k.ResponseBody, k.Location })
            .FirstOrDefaultAsync(ct);
        if (stored is null)
        {
            return null;
        }

        return IdempotencyRules.Decide(stored.RequestFingerprint, stored.ResponseStatus, fingerprint) switch
        {
            IdempotencyOutcome.Mismatch => ApiProblems.IdempotencyKeyMismatch(),
            IdempotencyOutcome.InProgress => ApiProblems.InProgress(),
            _ => new StoredResponse(stored.ResponseStatus!.Value, stored.Location, stored.ResponseBody),
        };
    }

    /// <summary>Adds the key with the response the endpoint is about to give; the endpoint's SaveChanges commits it.</summary>
    public void Remember<T>(Guid key, string fingerprint, int status, string location, T body)
    {
        var stored = JsonSerializer.Serialize(body, json.Value.SerializerOptions);
        if (stored.Length > IdempotencyKey.ResponseBodyMaxLength)
        {
            // Never cut a response short: a repeat would get a different answer than the first call.
            throw new InvalidOperationException($"A created resource's response ({stored.Length} characters) exceeds what a repeat can be answered with.");
        }

        db.IdempotencyKeys.Add(new IdempotencyKey
        {
            Id = Guid.NewGuid(),
            UserId = user.Id ?? throw new InvalidOperationException("An idempotent API call needs a signed-in caller."),
            Key = key,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Location = location,
            RequestFingerprint = fingerprint,
            ResponseStatus = status,
            ResponseBody = stored,
        });
    }

    /// <summary>A concurrent request with the same key committed first (the unique index of IdempotencyKeys).</summary>
    public static bool IsCollision(DbUpdateException exception) =>
        exception.InnerException is { } inner && inner.Message.Contains("IdempotencyKeys", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first response as it was stored: status, Location and the JSON body, byte for byte.</summary>
    private sealed class StoredResponse(int status, string? location, string? body) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = status;
            response.Headers[ReplayedHeader] = "true";
            if (location is not null)
            {
                response.Headers.Location = location;
            }

            if (body is not null)
            {
                response.ContentType = "application/json; charset=utf-8";
                await response.WriteAsync(body, httpContext.RequestAborted);
            }
        }
    }
}
