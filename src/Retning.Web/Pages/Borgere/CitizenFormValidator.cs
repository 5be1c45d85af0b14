using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Citizens;

namespace Retning.Web.Pages.Borgere;

/// <summary>Puts the domain's citizen rules, and CPR uniqueness, onto the form's fields.</summary>
public static class CitizenFormValidator
{
    public static async Task ValidateAsync(ModelStateDictionary modelState, CitizenInput input, AppDbContext db, DateOnly today, Guid? existingId, CancellationToken ct)
    {
        foreach (var error in CitizenValidation.Check(input.ToDraft(), today))
        {
            // A binder error (e.g. an impossible date) already stands at the field; keep one message there.
            if (modelState.TryGetValue("Input." + error.Field, out var entry) && entry.Errors.Count > 0)
            {
                continue;
            }

            modelState.AddModelError("Input." + error.Field, error.Message);
        }

        if (Cpr.TryParse(input.Cpr, out var cpr, out _))
        {
            // Uniqueness is across all departments: the query filter must not hide a duplicate.
            var taken = await db.Citizens.IgnoreQueryFilters()
                .AnyAsync(c => c.CprDigits == cpr.Digits && c.Id != existingId, ct);
            if (taken)
            {
                modelState.AddModelError("Input.Cpr", "CPR-nummeret er allerede registreret i Retning. Kontakt din leder, hvis borgeren skal flyttes hertil.");
            }
        }
    }
}
