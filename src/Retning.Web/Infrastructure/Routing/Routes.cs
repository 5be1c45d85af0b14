namespace Retning.Web.Infrastructure.Routing;

/// <summary>
/// Every address a page links or redirects to, typed: the one place that spells the URLs
/// (docs/adr/0008-page-models-and-routes.md). A renamed route fails the build at its callers,
/// and <c>TypedRouteTests</c> checks that each address here answers a page's route template.
/// Pages of one citizen are in <see cref="CitizenRoutes"/> (<c>Routes.Citizen(id)</c>).
/// </summary>
public static partial class Routes
{
    public const string Home = "/";
    public const string Citizens = "/borgere";
    public const string NewCitizen = "/borgere/ny";
    public const string MyTasks = "/opgaver";
    public const string OfferTasks = "/opgaver/tilbud";
    public const string TeamMeeting = "/teammoede";
    public const string AuditLog = "/logning";
    public const string ErasureDryRun = "/sletning";
    public const string ResponseRate = "/ledelsesinformation/svarprocent";
    public const string Account = "/konto";
    public const string AccountPassword = "/konto/adgangskode";
    public const string AccountTwoFactor = "/konto/to-faktor";
    public const string LogIn = "/log-ind";
    public const string LogInTwoFactor = "/log-ind/to-faktor";
    public const string LogOut = "/log-ud";
    public const string Error = "/fejl";

    public static CitizenRoutes Citizen(Guid citizenId) => new(citizenId);

    public static string DepartmentTasks(Guid? departmentId = null) =>
        departmentId is { } d ? $"/opgaver/afdeling?afdeling={d}" : "/opgaver/afdeling";

    /// <summary>One task of a citizen: its kind (a <c>DeadlineKind</c> name) and, for some kinds, the thing it concerns.</summary>
    public static string Task(Guid citizenId, string kind, Guid? subject = null) =>
        subject is { } s ? $"/opgaver/{citizenId}/{kind}/{s}" : $"/opgaver/{citizenId}/{kind}";

    public static string ErrorStatus(int code) => $"/fejl/{code}";

    /// <summary>The management information overview, with a view's query string (period, scope, filters) when given.</summary>
    public static string Insight(string? query = null) => string.IsNullOrEmpty(query) ? "/ledelsesinformation" : $"/ledelsesinformation?{query}";

    /// <summary>One management figure by its address name (<c>FigureDefinition.Slug</c>), with a view's query string.</summary>
    public static string InsightFigure(string slug, string? query = null) =>
        string.IsNullOrEmpty(query) ? $"/ledelsesinformation/tal/{slug}" : $"/ledelsesinformation/tal/{slug}?{query}";

    /// <summary>The administrator's pages.</summary>
    public static class Admin
    {
        public const string Start = "/admin";
        public const string Users = "/admin/brugere";
        public const string NewUser = "/admin/brugere/ny";
        public const string RoleRequests = "/admin/anmodninger";
        public const string DiaryPhrases = "/admin/dagbog";
        public const string Templates = "/admin/skabeloner";
        public const string Scales = "/admin/skalaer";
        public const string NewScale = "/admin/skalaer/ny";
        public const string Offers = "/admin/tilbud";
        public const string NewOffer = "/admin/tilbud/ny";
        public const string ApiClients = "/admin/api-klienter";
        public const string NewApiClient = "/admin/api-klienter/ny";

        public static string ApiClient(Guid clientId) => $"/admin/api-klienter/{clientId}";

        public static string User(Guid userId) => $"/admin/brugere/{userId}";

        public static string UserPassword(Guid userId) => $"/admin/brugere/{userId}/adgangskode";

        public static string Department(Guid departmentId) => $"/admin/afdelinger/{departmentId}";

        public static string Template(Guid templateId) => $"/admin/skabeloner/{templateId}";

        public static string Scale(Guid scaleId) => $"/admin/skalaer/{scaleId}";

        public static string Offer(Guid offerId) => $"/admin/tilbud/{offerId}";

        /// <summary>The diary lists of one offer, at a section ("kontekster", "notattyper", "svarprocent") when given.</summary>
        public static string DiaryLists(Guid offerId, string? section = null) =>
            $"/admin/dagbog?tilbud={offerId}" + (section is null ? string.Empty : "#" + section);

        /// <summary>The diary lists of one offer with the rename form open at one entry.</summary>
        public static string DiaryListRename(Guid offerId, Guid entryId) => $"/admin/dagbog?tilbud={offerId}&ret={entryId}#omdoeb-{entryId}";

        public const string PurposeCategories = "/admin/formaalskategorier";

        /// <summary>The FFB codes of templates' themes and scales' levels (docs/adr/0018-ffb-vocabulary.md).</summary>
        public const string Ffb = "/admin/ffb";

        /// <summary>One offer's themes and levels with their FFB codes, at a row's anchor when given.</summary>
        public static string FfbOf(Guid offerId, string? anchor = null) =>
            $"/admin/ffb?tilbud={offerId}" + (anchor is null ? string.Empty : "#" + anchor);

        /// <summary>The form choosing the FFB code of one theme of a template.</summary>
        public static string FfbTheme(Guid offerId, Guid templateId, string key) =>
            $"/admin/ffb?tilbud={offerId}&skabelon={templateId}&tema={Uri.EscapeDataString(key)}#ffb-form";

        /// <summary>The form choosing the FFB code of one level of a scale.</summary>
        public static string FfbLevel(Guid offerId, Guid scaleId, int value) =>
            $"/admin/ffb?tilbud={offerId}&skala={scaleId}&niveau={Domain.Vocabulary.FfbMapping.LevelKey(value)}#ffb-form";

        /// <summary>One region's purpose categories, with the rename form open at one category when given.</summary>
        public static string PurposeCategoriesOf(Guid regionId, Guid? rename = null) => rename is { } id
            ? $"/admin/formaalskategorier?region={regionId}&ret={id}#omdoeb-{id}"
            : $"/admin/formaalskategorier?region={regionId}";
    }

    /// <summary>The management overview as a file, "xlsx" or "csv", with a view's query string.</summary>
    public static string InsightExport(string extension, string? query = null) =>
        string.IsNullOrEmpty(query) ? $"/ledelsesinformation/eksport.{extension}" : $"/ledelsesinformation/eksport.{extension}?{query}";

    /// <summary>One management figure as a file, "xlsx" or "csv", with the figure page's query string.</summary>
    public static string InsightFigureExport(string slug, string extension, string? query = null) =>
        string.IsNullOrEmpty(query) ? $"/ledelsesinformation/tal/{slug}/eksport.{extension}" : $"/ledelsesinformation/tal/{slug}/eksport.{extension}?{query}";

    /// <summary>The management overview as a printable report, with a view's query string.</summary>
    public static string InsightPrint(string? query = null) => string.IsNullOrEmpty(query) ? "/ledelsesinformation/udskriv" : $"/ledelsesinformation/udskriv?{query}";

    /// <summary>The printable report as a PDF, with a view's query string.</summary>
    public static string InsightPdf(string? query = null) => string.IsNullOrEmpty(query) ? "/ledelsesinformation/rapport.pdf" : $"/ledelsesinformation/rapport.pdf?{query}";
}
