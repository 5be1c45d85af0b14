using Microsoft.AspNetCore.Mvc.Rendering;

namespace Retning.Web.Infrastructure.Forms;

/// <summary>
/// A yes/no question a form asks where "not answered" is a third state (a select or a pair of
/// radios, never a checkbox): the one way such an answer is posted ("ja"/"nej"), read and shown.
/// </summary>
public static class YesNo
{
    public const string Yes = "ja";
    public const string No = "nej";

    /// <summary>The choices of a select: "Vælg" (not answered), "Ja", "Nej".</summary>
    public static IReadOnlyList<SelectListItem> Items { get; } = [new("Vælg", string.Empty), new("Ja", Yes), new("Nej", No)];

    /// <summary>The posted answer: true, false, or null when not answered.</summary>
    public static bool? Parse(string? value) => value switch
    {
        Yes => true,
        No => false,
        _ => null,
    };

    /// <summary>The form value of a stored answer, for filling in the form again.</summary>
    public static string? Value(bool? answer) => answer switch
    {
        true => Yes,
        false => No,
        null => null,
    };

    /// <summary>The answer as a person reads it: "Ja", "Nej" or "Ikke besvaret".</summary>
    public static string Danish(bool? answer) => answer switch
    {
        true => "Ja",
        false => "Nej",
        null => "Ikke besvaret",
    };
}
