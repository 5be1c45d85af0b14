using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Retning.Domain.Insight;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.Web.Pages.Ledelsesinformation;

/// <summary>
/// The period, scope and filters of the management pages, read from the address (a GET form, so a
/// view can be bookmarked and sent to a colleague) and written back into every link and export, so
/// a drill-down and a file show exactly the view they came from. Unknown or foreign values are
/// dropped with a message, never an error page. Only ids and codes: no citizen data in the URL.
/// </summary>
public sealed class InsightRequest
{
    public static readonly IReadOnlyDictionary<string, PeriodChoice> Periods = new Dictionary<string, PeriodChoice>(StringComparer.Ordinal)
    {
        ["12-maaneder"] = PeriodChoice.Last12Months,
        ["kvartal"] = PeriodChoice.LastQuarter,
        ["halvaar"] = PeriodChoice.LastHalfYear,
        ["aar"] = PeriodChoice.LastYear,
        ["valgfri"] = PeriodChoice.Custom,
    };

    public static readonly IReadOnlyDictionary<string, Breakdown> Breakdowns = new Dictionary<string, Breakdown>(StringComparer.Ordinal)
    {
        ["afdeling"] = Breakdown.Department,
        ["tilbud"] = Breakdown.Offer,
        ["omraade"] = Breakdown.Area,
        ["maalgruppe"] = Breakdown.TargetGroup,
        ["tema"] = Breakdown.Theme,
        ["maaltype"] = Breakdown.GoalType,
    };

    private static readonly Dictionary<string, Area> Areas = new Dictionary<string, Area>(StringComparer.Ordinal) { ["boern"] = Area.Children, ["voksne"] = Area.Adults };

    private static readonly Dictionary<string, GoalType> GoalTypes = new Dictionary<string, GoalType>(StringComparer.Ordinal)
    {
        ["udvikle"] = GoalType.Develop,
        ["fastholde"] = GoalType.Maintain,
        ["begraense-tab"] = GoalType.LimitLoss,
    };

    public string Period { get; private init; } = "12-maaneder";
    public string? From { get; private init; }
    public string? To { get; private init; }
    public Guid? OfferId { get; private init; }
    public Guid? DepartmentId { get; private init; }
    public string? AreaCode { get; private init; }
    public string? LegalBasis { get; private init; }
    public string? TargetGroup { get; private init; }
    public string? Theme { get; private init; }
    public string? GoalTypeCode { get; private init; }
    public string BreakdownKey { get; private init; } = "afdeling";

    public PeriodChoice Choice => Periods[Period];
    public Breakdown Breakdown => Breakdowns[BreakdownKey];

    public InsightFilter Filter => new(OfferId, DepartmentId, AreaCode is null ? null : Areas[AreaCode], LegalBasis, TargetGroup, Theme,
        GoalTypeCode is null ? null : GoalTypes[GoalTypeCode]);

    public static string AreaKey(Area area) => Areas.First(a => a.Value == area).Key;

    public static string GoalTypeKey(GoalType type) => GoalTypes.First(t => t.Value == type).Key;

    public static InsightRequest Parse(IQueryCollection query) => new()
    {
        Period = Known(query["periode"], Periods) ?? "12-maaneder",
        From = Text(query["fra"], 10),
        To = Text(query["til"], 10),
        OfferId = Guid.TryParse(query["tilbud"], out var offer) ? offer : null,
        DepartmentId = Guid.TryParse(query["afdeling"], out var department) ? department : null,
        AreaCode = Known(query["omraade"], Areas),
        LegalBasis = LegalBases.Known.Contains((string?)query["paragraf"]) ? query["paragraf"].ToString() : null,
        TargetGroup = Text(query["maalgruppe"], TextLimits.Name),
        Theme = Text(query["tema"], TextLimits.Code),
        GoalTypeCode = Known(query["maaltype"], GoalTypes),
        BreakdownKey = Known(query["opdeling"], Breakdowns) ?? "afdeling",
    };

    /// <summary>
    /// The custom period's months as typed: yyyy-MM from the month fields (a day, yyyy-MM-dd, stands
    /// for its month, as in older links); the first day of the month, or null when empty or unreadable.
    /// </summary>
    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, ["yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? new DateOnly(d.Year, d.Month, 1) : null;

    /// <summary>A month as the month field writes it (yyyy-MM).</summary>
    public static string MonthValue(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>This view's query string (without a leading '?'), with any parameters replaced or removed (null).</summary>
    public string Query(params (string Key, string? Value)[] overrides)
    {
        var values = new List<KeyValuePair<string, string?>>
        {
            new("periode", Period), new("fra", Choice == PeriodChoice.Custom ? From : null), new("til", Choice == PeriodChoice.Custom ? To : null),
            new("tilbud", OfferId?.ToString()), new("afdeling", DepartmentId?.ToString()), new("omraade", AreaCode), new("paragraf", LegalBasis),
            new("maalgruppe", TargetGroup), new("tema", Theme), new("maaltype", GoalTypeCode), new("opdeling", BreakdownKey),
        };
        foreach (var (key, value) in overrides)
        {
            values.RemoveAll(v => v.Key == key);
            values.Add(new(key, value));
        }

        return QueryHelpers.AddQueryString(string.Empty, values.Where(v => !string.IsNullOrEmpty(v.Value))).TrimStart('?');
    }

    /// <summary>The same view without the scope and filters a user may not use (a department outside the scope, an offer not in it).</summary>
    public InsightRequest Within(IReadOnlyCollection<DepartmentFact> departments) => new()
    {
        Period = Period, From = From, To = To, AreaCode = AreaCode, LegalBasis = LegalBasis, TargetGroup = TargetGroup, Theme = Theme, GoalTypeCode = GoalTypeCode,
        BreakdownKey = BreakdownKey,
        OfferId = OfferId is { } o && departments.Any(d => d.OfferId == o) ? o : null,
        DepartmentId = DepartmentId is { } d && departments.Any(x => x.Id == d) ? d : null,
    };

    private static string? Known<T>(string? value, IReadOnlyDictionary<string, T> known) => value is not null && known.ContainsKey(value) ? value : null;

    private static string? Text(string? value, int max) => string.IsNullOrWhiteSpace(value) ? null : value.Trim() is var t && t.Length <= max ? t : t[..max];
}
