using System.IO.Compression;
using System.Security.Cryptography;

namespace Retning.Web.Api.Reference;

/// <summary>
/// Scalar's browser bundle (scalar.js, ~5 MB), as the Scalar.AspNetCore package embeds it: gzip-compressed
/// (~1.4 MB). Retning serves it itself, so the reference page needs no network beyond Retning (docs/api.md).
/// Its address carries a fingerprint of the content, so browsers may keep it for a year and a package update
/// changes the address.
/// </summary>
public sealed class ScalarBundle
{
    private const string ResourceName = "ScalarStaticAssets.scalar.js";

    private static readonly Lazy<ScalarBundle> Instance = new(Load);

    private ScalarBundle(byte[] gzip)
    {
        Gzip = gzip;
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(gzip))[..12];
    }

    public static ScalarBundle Current => Instance.Value;

    /// <summary>The script's gzip bytes, sent as they are to every browser that accepts gzip.</summary>
    public byte[] Gzip { get; }

    /// <summary>The first 12 hex digits of the SHA-256 of the gzip bytes: the address and the ETag.</summary>
    public string Fingerprint { get; }

    public string Path => $"/lib/scalar/{Fingerprint}/scalar.js";

    public IResult Serve(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.Vary = "Accept-Encoding";
        var etag = $"\"{Fingerprint}\"";
        headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.Contains(etag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        if (AcceptsGzip(context.Request))
        {
            headers.ContentEncoding = "gzip";
            return Results.Bytes(Gzip, "text/javascript; charset=utf-8");
        }

        return Results.Stream(async body =>
        {
            await using var plain = new GZipStream(new MemoryStream(Gzip, writable: false), CompressionMode.Decompress);
            await plain.CopyToAsync(body);
        }, "text/javascript; charset=utf-8");
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        Microsoft.Net.Http.Headers.StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var codings)
        && codings.Any(c => c.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && (c.Quality ?? 1) > 0);

    private static ScalarBundle Load()
    {
        var assembly = typeof(Scalar.AspNetCore.ScalarOptions).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Scalar.AspNetCore no longer embeds {ResourceName}: see docs/api.md, the reference page.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        // The package's release build embeds the script gzip-compressed (magic 1f 8b); anything else is a surprise to fail on.
        return bytes is [0x1f, 0x8b, ..]
            ? new ScalarBundle(bytes)
            : throw new InvalidOperationException($"Scalar.AspNetCore's {ResourceName} is no longer gzip-compressed: see docs/api.md, the reference page.");
    }
}
