using System.Data.Common;
using System.Text.Json;
using Retning.Domain.Access;
using Retning.Domain.Citizens;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.RawPath;

/// <summary>
/// The citizen every citizen page starts from, in one statement: the citizen, department and offer (for scoping and the
/// header), and the plan's row with its template (the plan page's own fields ride along; the other pages need the
/// template's name for the header). Null when the citizen does not exist or is outside the caller's departments (404).
/// </summary>
public sealed record CitizenPage(
    Guid Id, string FullName, string MaskedCpr, DateOnly BirthDate, DateOnly EnrolledOn, DateOnly? DischargedOn, bool IsDemo,
    Guid DepartmentId, Guid OfferId, string Department, string Offer, string? TargetGroup, string? Category, string? SupportLevel,
    string? Municipality, string? CaseworkerName, string? CaseworkerEmail, string? CaseworkerPhone, IReadOnlySet<StaffRole> Roles, PlanRow? Plan)
{
    private const string Query = """
        SELECT c."FirstName", c."LastName", c."CprDigits", c."BirthDate", c."EnrolledOn", c."DischargedOn", c."IsDemo",
               c."DepartmentId", d."OfferId", d."Name", o."Name", c."TargetGroup", c."Category", c."SupportLevel",
               p."Id", p."CitizenPerspective", p."NoWishes", p."Participation", p."OfferAdditions", p."ApproachesText",
               p."SympatheticComfort", p."SympatheticDiscomfort", p."ParasympatheticComfort", p."ParasympatheticDiscomfort",
               p."CompassUpdatedOn", p."RevisionOn", p."CreatedUtc", v."Number", v."Themes", t."Name", t."Kind",
               c."Municipality", c."CaseworkerName", c."CaseworkerEmail", c."CaseworkerPhone"
        FROM "Citizens" c
        JOIN "Departments" d ON d."Id" = c."DepartmentId"
        JOIN "Offers" o ON o."Id" = d."OfferId"
        LEFT JOIN "Plans" p ON p."CitizenId" = c."Id"
        LEFT JOIN "TemplateVersions" v ON v."Id" = p."TemplateVersionId"
        LEFT JOIN "PlanTemplates" t ON t."Id" = v."TemplateId"
        WHERE c."Id" = @id
        """;

    public static async Task<CitizenPage?> LoadAsync(RawDb db, DbConnection connection, Caller caller, Guid id, CancellationToken ct)
    {
        await using var command = connection.Command(Query).With("@id", db.Id(id));
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        var roles = caller.RolesIn(reader.GetGuid(7), reader.GetGuid(8));
        if (roles.Count == 0)
        {
            return null;
        }

        var plan = reader.IsDBNull(14) ? null : new PlanRow(
            reader.GetGuid(14), reader.Text(15), reader.GetBoolean(16), reader.Text(17), reader.Text(18), reader.Text(19),
            reader.Text(20), reader.Text(21), reader.Text(22), reader.Text(23), reader.Day(24), reader.Day(25), reader.GetDateTime(26),
            reader.GetInt32(27), JsonSerializer.Deserialize<List<TemplateTheme>>(reader.GetString(28)) ?? [], reader.GetString(29), Enum.Parse<TemplateKind>(reader.GetString(30)));
        return new CitizenPage(id, reader.GetString(0) + " " + reader.GetString(1), Cpr.Mask(reader.GetString(2)), reader.GetFieldValue<DateOnly>(3),
            reader.GetFieldValue<DateOnly>(4), reader.Day(5), reader.GetBoolean(6), reader.GetGuid(7), reader.GetGuid(8), reader.GetString(9), reader.GetString(10),
            reader.Text(11), reader.Text(12), reader.Text(13), reader.Text(31), reader.Text(32), reader.Text(33), reader.Text(34), roles, plan);
    }

    public static DateOnly Today => DateOnly.FromDateTime(Html.Local(DateTime.UtcNow));

    /// <summary>The shared citizen header (src/Retning.Web/Pages/Borgere/_CitizenHeader.cshtml) with the contact team's names.</summary>
    public void Header(Html html, IReadOnlyList<string> contactTeam, string tab)
    {
        var today = Today;
        html.Raw("<div class=\"app-citizen-header\">\n    <h1>").Text(FullName).Raw("</h1>\n");
        if (IsDemo)
        {
            html.Raw("        <span class=\"badge badge-info\">Demodata</span>\n");
        }

        if (DischargedOn is { } discharged)
        {
            html.Raw("        <span class=\"badge badge-warning\">Udskrevet ").Raw(Html.Date(discharged)).Raw("</span>\n");
        }

        var template = Plan?.TemplateName ?? (AgeRules.TemplateFor(BirthDate, today) == PlanTemplateKind.Ics ? "ICS (børn og unge) – ingen plan endnu" : "VUM (voksne) – ingen plan endnu");
        html.Raw("</div>\n<ul class=\"app-facts\" aria-label=\"Om borgeren\">\n    <li><strong>Alder:</strong> ").Raw(AgeRules.AgeOn(BirthDate, today).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Raw(" år</li>\n    <li><strong>CPR:</strong> ").Text(MaskedCpr).Raw("</li>\n    <li><strong>Afdeling:</strong> ").Text(Offer).Raw(" – ").Text(Department)
            .Raw("</li>\n    <li><strong>Skabelon:</strong> ").Text(template).Raw("</li>\n    <li><strong>Kontaktteam:</strong> ").Text(contactTeam.Count == 0 ? "ikke valgt" : string.Join(", ", contactTeam)).Raw("</li>\n</ul>\n");
        if (AgeRules.TurnsAdultWithin(BirthDate, today, 3))
        {
            html.Raw("    <div class=\"alert alert-info mt-4\" role=\"status\"><div class=\"alert-body\">\n        <p class=\"alert-text\">Borgeren fylder 18 år ").Raw(Html.Date(AgeRules.AdultOn(BirthDate)))
                .Raw(". Planen skal overgå til voksenskabelonen (VUM).</p>\n    </div></div>\n");
        }

        var root = "/borgere/" + Id;
        html.Raw("<nav aria-label=\"Borgerens sider\">\n    <ul class=\"app-tabs\">\n");
        (string Tab, string Path, string Name)[] tabs =
        [
            ("overblik", "", "Overblik"), ("plan", "/plan", "Plan"), ("formaal", "/formaal", "Formål"), ("maal", "/maal", "Mål"), ("dagbog", "/dagbog", "Dagbog"),
            ("evalueringer", "/evalueringer", "Evalueringer"), ("status", "/status", "Status"), ("statusmoeder", "/statusmoeder", "Statusmøder"),
            ("samtykker", "/samtykker", "Samtykker"), ("videregivelser", "/videregivelser", "Videregivelser"),
        ];
        foreach (var (key, path, name) in tabs)
        {
            html.Raw("        <li><a href=\"").Raw(root).Raw(path).Raw("\" aria-current=\"").Raw(key == tab ? "page" : "false").Raw("\">").Raw(name).Raw("</a></li>\n");
        }

        if (CitizenAccess.CanReadAuditLog(Roles))
        {
            html.Raw("            <li><a href=\"").Raw(root).Raw("/logning\" aria-current=\"false\">Logning</a></li>\n");
        }

        html.Raw("    </ul>\n</nav>\n");
    }
}

/// <summary>The plan's own row and its template version.</summary>
public sealed record PlanRow(
    Guid Id, string? CitizenPerspective, bool NoWishes, string? Participation, string? OfferAdditions, string? ApproachesText,
    string? SympatheticComfort, string? SympatheticDiscomfort, string? ParasympatheticComfort, string? ParasympatheticDiscomfort,
    DateOnly? CompassUpdatedOn, DateOnly? RevisionOn, DateTime CreatedUtc, int TemplateVersion, IReadOnlyList<TemplateTheme> Themes, string TemplateName, TemplateKind TemplateKind);
