using Microsoft.AspNetCore.Mvc.ModelBinding;
using Retning.Domain.Diary;
using Retning.Domain.Common;
using Retning.Web.Infrastructure;

namespace Retning.Web.Pages.Admin.Dagbog;

/// <summary>A new entry of one of the diary lists. The name stays as typed so a refused post shows it again.</summary>
public sealed class CategoryInput
{
    [TextLimit(DiaryCategory.MaxName)]
    public string? Name { get; set; }
}

/// <summary>A new name for an existing entry.</summary>
public sealed class RenameInput
{
    public Guid? Id { get; set; }
    [TextLimit(DiaryCategory.MaxName)]
    public string? Name { get; set; }
}

/// <summary>The response-rate threshold, kept as text so "70,5" comes back as typed with a Danish message.</summary>
public sealed class ThresholdInput
{
    [TextLimit(TextLimits.Code)]
    public string? Percent { get; set; }
}

/// <summary>The rules for a diary list entry's name, with the Danish messages shown at the field.</summary>
public static class DiaryListRules
{
    public static string Noun(DiaryCategoryKind kind) => kind == DiaryCategoryKind.Context ? "kontekst" : "notattype";

    /// <summary>"Konteksten" / "Notattypen", to start a sentence.</summary>
    public static string Definite(DiaryCategoryKind kind) => kind == DiaryCategoryKind.Context ? "Konteksten" : "Notattypen";

    public static string Title(DiaryCategoryKind kind) => kind == DiaryCategoryKind.Context ? "Kontekster" : "Notattyper";

    /// <summary>
    /// Checks a name against the other entries of the same list (inactive ones too: a retired name
    /// is brought back by making it active, not by a twin). Returns the cleaned name when valid.
    /// </summary>
    public static string? CheckName(ModelStateDictionary modelState, string key, string? typed, DiaryCategoryKind kind,
        IEnumerable<DiaryCategory> sameList, Guid? self = null)
    {
        var name = AdminForms.Clean(typed);
        var noun = Noun(kind);
        if (name is null)
        {
            modelState.AddModelError(key, $"Skriv {(kind == DiaryCategoryKind.Context ? "kontekstens" : "notattypens")} navn.");
            return null;
        }

        if (modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
        {
            // Too long (TextLimitAttribute): the message is already at the field.
            return null;
        }

        var twin = sameList.FirstOrDefault(c => c.Id != self && string.Equals(c.Name.Trim(), name, StringComparison.OrdinalIgnoreCase));
        if (twin is not null)
        {
            modelState.AddModelError(key, twin.IsActive
                ? $"Der er allerede en {noun}, der hedder {twin.Name}."
                : $"Der er allerede en {noun}, der hedder {twin.Name}. Den er inaktiv; gør den aktiv igen i stedet.");
            return null;
        }

        return name;
    }

    /// <summary>Parses the threshold: a whole percent from 1 to 100.</summary>
    public static int? CheckThreshold(ModelStateDictionary modelState, string key, string? typed)
    {
        var text = AdminForms.Clean(typed)?.TrimEnd('%').Trim();
        if (text is null)
        {
            modelState.AddModelError(key, "Skriv svarprocenten.");
            return null;
        }

        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var percent)
            || percent is < 1 or > 100)
        {
            modelState.AddModelError(key, "Svarprocenten skal være et helt tal fra 1 til 100.");
            return null;
        }

        return percent;
    }
}
