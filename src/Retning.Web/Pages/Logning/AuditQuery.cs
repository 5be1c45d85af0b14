using Microsoft.AspNetCore.Mvc.Rendering;

namespace Retning.Web.Pages.Logning;

/// <summary>
/// The filters shared by the audit pages (per citizen and per user), bound from the address
/// (?handling=…&amp;fra=…&amp;til=…) as one property of each page.
/// </summary>
public sealed class AuditFilter
{
    [FromQuery(Name = "handling")]
    public AuditAction? Action { get; set; }

    [FromQuery(Name = "fra")]
    public DateOnly? From { get; set; }

    [FromQuery(Name = "til")]
    public DateOnly? To { get; set; }

    public static IReadOnlyList<SelectListItem> ActionItems(AuditAction? selected) =>
    [
        new("Alle handlinger", string.Empty, selected is null),
        .. Enum.GetValues<AuditAction>().Select(a => new SelectListItem(a.Danish(), a.ToString(), a == selected)),
    ];

    /// <summary>Applies the filters; dates are whole Danish-local days shown, stored as UTC.</summary>
    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> query)
    {
        if (Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }

        if (From is { } from)
        {
            var fromUtc = DanishTime.StartOfDayUtc(from);
            query = query.Where(e => e.AtUtc >= fromUtc);
        }

        if (To is { } to)
        {
            var toUtc = DanishTime.StartOfDayUtc(to.AddDays(1));
            query = query.Where(e => e.AtUtc < toUtc);
        }

        return query;
    }

    public string QueryString => $"handling={Action}&fra={From:yyyy-MM-dd}&til={To:yyyy-MM-dd}";
}

/// <summary>
/// One row of an audit table, with names resolved for the reader: <see cref="UserName"/> is the user's full name when
/// known in the reader's departments (then <see cref="UserLogin"/> is the stored login), <see cref="Detail"/> the readable detail.
/// </summary>
public sealed record AuditRow(
    DateTime AtUtc, string UserName, AuditAction Action, Guid? CitizenId, string? CitizenName, string Subject, string? Detail, string CorrelationId,
    string? UserLogin = null);
