using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Retning.RawPath;

/// <summary>
/// HTML by hand: a StringBuilder, literal markup as written, every value through <see cref="HtmlEncoder.Default"/> (as
/// Razor encodes it). The page chrome is the app's layout (src/Retning.Web/Pages/Shared/_Layout.cshtml) written out.
/// </summary>
public sealed class Html
{
    private static readonly TimeZoneInfo Danish = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    /// <summary>Stands for the app's content hash on its static files (same length; the raw path serves no files).</summary>
    private const string AssetVersion = "raw-path-raw-path-raw-path-raw-path-raw-pa";

    private readonly StringBuilder _text = new(32 * 1024);

    public Html Raw(string markup)
    {
        _text.Append(markup);
        return this;
    }

    public Html Text(string? value)
    {
        if (value is not null)
        {
            _text.Append(HtmlEncoder.Default.Encode(value));
        }

        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>
    /// The log-out form's token: random bytes of the app's token length. The raw path does not implement log-out (nor
    /// ASP.NET's antiforgery encryption); the field keeps the page the app's size.
    /// </summary>
    private static string FormToken() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(116)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Date(DateOnly? day, string none = "–") => day?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? none;

    public static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Danish);

    public static string LocalMinutes(DateTime utc) => Local(utc).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string LocalSeconds(DateTime utc) => Local(utc).ToString("dd-MM-yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Or(string? text, string empty) => string.IsNullOrWhiteSpace(text) ? empty : text;

    /// <summary>The layout's top: head, header with the user and the main menu, breadcrumbs, the opening of main.</summary>
    public Html Open(string title, Caller caller, IReadOnlyList<string> workplaces, Guid citizenId, string citizenName, string page)
    {
        Raw("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n    <meta charset=\"utf-8\" />\n    <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n    <title>")
            .Text(title).Raw(" – Retning</title>\n    <link rel=\"icon\" href=\"data:,\" />\n")
            .Raw("    <link rel=\"stylesheet\" href=\"/lib/dkfds/css/dkfds.min.css?v=" + AssetVersion + "\" />\n    <link rel=\"stylesheet\" href=\"/css/site.css?v=" + AssetVersion + "\" />\n</head>\n<body>\n")
            .Raw("    <a href=\"#main-content\" class=\"skipnav\">Gå til sidens indhold</a>\n    <header class=\"header app-header\">\n        <div class=\"app-header-top\">\n")
            .Raw("            <div class=\"container app-header-inner\">\n                <a href=\"/\" class=\"app-brand\">Retning</a>\n                    <div class=\"app-user\">\n")
            .Raw("                        <p class=\"app-user-name\"><strong>").Text(caller.FullName).Raw("</strong>\n");
        if (workplaces.Count > 0)
        {
            Raw("                                <span class=\"app-user-department\">").Text(string.Join(" · ", workplaces)).Raw("</span>\n");
        }

        Raw("                        </p>\n                        <a href=\"/konto\" class=\"app-header-link\">Min konto</a>\n")
            .Raw("                        <form method=\"post\" class=\"app-logout\" action=\"/log-ud\">\n                            <button type=\"submit\" class=\"button button-secondary button-small\">Log ud</button>\n")
            .Raw("                        <input name=\"__RequestVerificationToken\" type=\"hidden\" value=\"").Raw(FormToken()).Raw("\" /><input type=\"hidden\" name=\"__IdempotencyKey\" value=\"")
            .Raw(Guid.NewGuid().ToString()).Raw("\" /></form>\n")
            .Raw("                    </div>\n            </div>\n        </div>\n            <nav class=\"app-nav\" aria-label=\"Hovedmenu\">\n                <div class=\"container\">\n                    <ul class=\"app-nav-list\">\n")
            .Raw("                        <li><a href=\"/\" aria-current=\"false\">Forside</a></li>\n                            <li><a href=\"/borgere\" aria-current=\"page\">Borgere</a></li>\n")
            .Raw("                            <li><a href=\"/opgaver\" aria-current=\"false\">Mine opgaver </a></li>\n                            <li><a href=\"/teammoede\" aria-current=\"false\">Teammøde</a></li>\n")
            .Raw("                            <li><a href=\"/ledelsesinformation/svarprocent\" aria-current=\"false\">Svarprocent</a></li>\n                            <li><a href=\"/logning\" aria-current=\"false\">Logning</a></li>\n")
            .Raw("                    </ul>\n                </div>\n            </nav>\n    </header>\n\n    <div class=\"container page-container\">\n")
            .Raw("            <nav aria-label=\"Brødkrumme\" class=\"breadcrumbs\">\n                <ol class=\"breadcrumbs__list\">\n")
            .Raw("                        <li class=\"breadcrumbs__list-item\">\n                                <a href=\"/\" class=\"breadcrumbs__link\">Forside</a>\n                        </li>\n")
            .Raw("                        <li class=\"breadcrumbs__list-item\">\n                                <a href=\"/borgere\" class=\"breadcrumbs__link\">Borgere</a>\n                        </li>\n")
            .Raw("                        <li class=\"breadcrumbs__list-item\">\n                                <a href=\"/borgere/").Raw(citizenId.ToString()).Raw("\" class=\"breadcrumbs__link\">").Text(citizenName).Raw("</a>\n                        </li>\n")
            .Raw("                        <li class=\"breadcrumbs__list-item\">\n                                <span aria-current=\"page\">").Text(page).Raw("</span>\n                        </li>\n")
            .Raw("                </ol>\n            </nav>\n        <main id=\"main-content\" tabindex=\"-1\">\n");
        return this;
    }

    public Html Close() =>
        Raw("        </main>\n    </div>\n    <footer class=\"app-footer\">\n        <div class=\"container\">\n")
            .Raw("            <p>Retning – individuelle planer efter kvalitetsstandard 1.3. Alle opslag i borgerdata logges.</p>\n        </div>\n    </footer>\n")
            .Raw("    <script src=\"/js/draft.js?v=" + AssetVersion + "\"></script>\n</body>\n</html>\n");
}
