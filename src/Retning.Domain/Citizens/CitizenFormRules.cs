namespace Retning.Domain.Citizens;

/// <summary>
/// The rules of the forms for a citizen's master data and representatives, each error at its
/// field (docs/architecture.md, "Validation").
/// </summary>
public static class CitizenFormRules
{
    public const string CprTakenMessage = "CPR-nummeret er allerede registreret i Retning. Kontakt din leder, hvis borgeren skal flyttes hertil.";

    /// <summary>
    /// The master-data rules (<see cref="CitizenValidation.Check"/>) and CPR uniqueness:
    /// <paramref name="cprTaken"/> tells whether another citizen, in any department, has the number.
    /// </summary>
    public static IReadOnlyList<FieldError> CheckCitizen(CitizenDraft draft, DateOnly today, bool cprTaken) =>
        cprTaken ? [.. CitizenValidation.Check(draft, today), new(nameof(draft.Cpr), CprTakenMessage)] : CitizenValidation.Check(draft, today);

    /// <summary>A representative needs a role and a name; an e-mail, when given, must be one.</summary>
    public static IReadOnlyList<FieldError> CheckRepresentative(RepresentativeKind? kind, string? name, string? email)
    {
        var errors = new List<FieldError>();
        if (kind is null)
        {
            errors.Add(new("Kind", "Vælg rolle."));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new("Name", "Indtast navn."));
        }

        if (!string.IsNullOrWhiteSpace(email) && !CitizenValidation.IsEmail(email))
        {
            errors.Add(new("Email", "Indtast en gyldig e-mail, fx navn@eksempel.dk."));
        }

        return errors;
    }
}
