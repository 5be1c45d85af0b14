using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Retning.Web.Infrastructure.Forms;

/// <summary>
/// How a page shows the domain's <see cref="FieldError"/>s: each at its field, under the form's
/// prefix ("Input.EvaluatedOn"), so the message stands where the mistake is and the typed text
/// is kept (docs/architecture.md, "Validation").
/// </summary>
public static class FieldErrors
{
    /// <summary>Adds the errors to the model state; returns whether there were any.</summary>
    public static bool AddFieldErrors(this ModelStateDictionary state, IEnumerable<FieldError> errors, string prefix = "Input")
    {
        var any = false;
        foreach (var error in errors)
        {
            state.AddModelError(prefix.Length == 0 ? error.Field : $"{prefix}.{error.Field}", error.Message);
            any = true;
        }

        return any;
    }

    /// <summary>
    /// The errors of fields that have none yet: a value that did not bind ("not a date") already
    /// says what is wrong, so the rule's message for the same field is not added beside it.
    /// </summary>
    public static IEnumerable<FieldError> NotYetShown(this ModelStateDictionary state, IEnumerable<FieldError> errors, string prefix = "Input") =>
        errors.Where(e => state.TryGetValue(prefix.Length == 0 ? e.Field : $"{prefix}.{e.Field}", out var entry) is false || entry!.Errors.Count == 0);
}
