namespace Retning.Web.Pages.Admin;

/// <summary>Helpers for pages with several forms: only the posted form's fields are validated.</summary>
public static class AdminForms
{
    /// <summary>
    /// Drops the validation state of every field outside the posted form (e.g. "Input") and validates
    /// that form. A post that carries none of the form's fields binds nothing, and ASP.NET Core then
    /// skips its validation attributes: the form is validated here so an empty post answers with the
    /// form and its messages, not with a half-filled entity reaching the database (docs/architecture.md, "Validation").
    /// </summary>
    public static void KeepOnly(this PageModel page, string prefix, object model)
    {
        var modelState = page.ModelState;
        foreach (var key in modelState.Keys.Where(k => k.Length > 0 && !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            modelState.Remove(key);
        }

        if (!modelState.Keys.Any(k => k.StartsWith(prefix + ".", StringComparison.Ordinal)))
        {
            page.TryValidateModel(model, prefix);
        }
    }
}
