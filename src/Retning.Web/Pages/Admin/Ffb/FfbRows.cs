using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Vocabulary;

namespace Retning.Web.Pages.Admin.Ffb;

/// <summary>One theme or level on the page, with its FFB code: fixed (built in), chosen by an administrator, or none.</summary>
/// <param name="Anchor">The row's id on the page, for links back to it.</param>
public sealed record FfbRow(FfbKind Kind, Guid OwnerId, string ItemKey, string Name, string Anchor, FfbConcept? BuiltIn, FfbMapping? Mapping)
{
    /// <summary>The code the row has now, built in or mapped; null when it has none (or a stored code the code system no longer has).</summary>
    public FfbConcept? Current => BuiltIn ?? FfbCodeSystem.Current.Find(Mapping?.Code);
}

/// <summary>A template or a scale of the offer, with its rows.</summary>
public sealed record FfbOwner(Guid Id, string Name, string Description, IReadOnlyList<FfbRow> Rows);

/// <summary>The choices of a mapping form: the concepts of the row's kind, themes grouped with their conditions.</summary>
public static class FfbChoices
{
    public static IReadOnlyList<SelectListItem> For(FfbKind kind, string? selected)
    {
        var codes = FfbCodeSystem.Current;
        var items = new List<SelectListItem> { new("Ingen FFB-kode", string.Empty, string.IsNullOrEmpty(selected)) };
        SelectListGroup? group = null;
        foreach (var c in codes.OfKind(kind))
        {
            if (kind == FfbKind.Theme && c.Depth == 2)
            {
                group = new SelectListGroup { Name = c.Display };
                items.Add(new SelectListItem($"{c.Display} (hele temaet)", c.Code, c.Code == selected) { Group = group });
                continue;
            }

            items.Add(new SelectListItem(c.Display, c.Code, c.Code == selected) { Group = group });
        }

        // A posted code that is not a choice stays in the form, so nothing typed is lost; the field says why it is refused.
        if (!string.IsNullOrEmpty(selected) && !codes.Allows(kind, selected))
        {
            items.Add(new SelectListItem($"Ukendt kode: {selected}", selected, selected: true));
        }

        return items;
    }

    /// <summary>What a row of this kind is called in the page's sentences.</summary>
    public static string KindName(FfbKind kind) => kind == FfbKind.Theme ? "temaet" : "niveauet";

    /// <summary>What the allowed codes are called in the field's message.</summary>
    public static string AllowedName(FfbKind kind) => kind == FfbKind.Theme ? "et tema eller en tilstand" : "et støttebehovsniveau";
}

/// <summary>The model of _OwnerTable: a template's themes or a scale's levels with the link that opens a row's form.</summary>
public sealed record OwnerTable(FfbOwner Owner, string Column, Guid OfferId)
{
    public string Link(FfbRow row) => row.Kind == FfbKind.Theme
        ? Routes.Admin.FfbTheme(OfferId, row.OwnerId, row.ItemKey)
        : Routes.Admin.FfbLevel(OfferId, row.OwnerId, int.Parse(row.ItemKey, System.Globalization.CultureInfo.InvariantCulture));
}
