using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Retning.Web.Pages.Admin;

/// <summary>Helpers for pages with several forms: only the posted form's fields are validated.</summary>
public static class AdminForms
{
    /// <summary>Drops the validation state of every field outside the posted form (e.g. "Input").</summary>
    public static void KeepOnly(this ModelStateDictionary modelState, string prefix)
    {
        foreach (var key in modelState.Keys.Where(k => k.Length > 0 && !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            modelState.Remove(key);
        }
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
