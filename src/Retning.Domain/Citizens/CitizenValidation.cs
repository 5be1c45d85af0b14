using System.Net.Mail;

namespace Retning.Domain.Citizens;

/// <summary>
/// The rules a citizen's master data must meet: names, a valid CPR number, and dates that
/// agree with each other and with the birth date. Messages are shown at the field.
/// </summary>
public static class CitizenValidation
{
    // The longest text of each field: the form refuses more (TextLimitAttribute), the column holds no more (docs/architecture.md, "Validation").
    public const int MaxNamePart = 100;
    public const int MaxCpr = TextLimits.Code;
    public const int MaxClassification = TextLimits.Name;
    public const int MaxMunicipality = 100;
    public const int MaxPersonName = TextLimits.Name;
    public const int MaxEmail = TextLimits.Name;
    public const int MaxPhone = 40;
    public const int MaxAgreementNote = 1000;
    public const int MaxRelation = 100;
    public const int MaxAddress = 300;

    /// <summary>The longest status interval an agreement may set (three years).</summary>
    public const int MaxStatusIntervalMonths = 36;

    public static IReadOnlyList<FieldError> Check(CitizenDraft draft, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(draft.FirstName))
        {
            errors.Add(new(nameof(draft.FirstName), "Indtast fornavn."));
        }

        if (string.IsNullOrWhiteSpace(draft.LastName))
        {
            errors.Add(new(nameof(draft.LastName), "Indtast efternavn."));
        }

        DateOnly? birthDate = null;
        if (!Cpr.TryParse(draft.Cpr, out var cpr, out var cprError))
        {
            errors.Add(new(nameof(draft.Cpr), cprError));
        }
        else if (cpr.BirthDate > today)
        {
            errors.Add(new(nameof(draft.Cpr), "CPR-nummeret giver en fødselsdato i fremtiden. Tjek cifrene."));
        }
        else
        {
            birthDate = cpr.BirthDate;
        }

        if (draft.EnrolledOn is not { } enrolled)
        {
            errors.Add(new(nameof(draft.EnrolledOn), "Indtast indskrivningsdato."));
        }
        else
        {
            if (birthDate is { } born && enrolled < born)
            {
                errors.Add(new(nameof(draft.EnrolledOn), "Indskrivningsdatoen ligger før borgerens fødselsdato."));
            }

            if (enrolled > today.AddYears(1))
            {
                errors.Add(new(nameof(draft.EnrolledOn), "Indskrivningsdatoen ligger mere end et år ude i fremtiden."));
            }

            if (draft.DischargedOn is { } discharged && discharged < enrolled)
            {
                errors.Add(new(nameof(draft.DischargedOn), "Udskrivningsdatoen ligger før indskrivningsdatoen."));
            }
        }

        // A documented municipal agreement may replace the status cadence (the regional guideline's note 5: e.g. every second year; docs/domain.md, "Status meetings and minutes").
        if (draft.StatusIntervalMonths is { } months && (months < 1 || months > MaxStatusIntervalMonths))
        {
            errors.Add(new(nameof(draft.StatusIntervalMonths), $"Skriv et antal måneder mellem 1 og {MaxStatusIntervalMonths}, fx 24 for hvert andet år."));
        }
        else if (draft.StatusIntervalMonths is not null && string.IsNullOrWhiteSpace(draft.StatusAgreementNote))
        {
            errors.Add(new(nameof(draft.StatusAgreementNote), "Skriv, hvad der er aftalt med kommunen, med hvem og hvornår – aftalen skal være dokumenteret."));
        }

        if (!string.IsNullOrWhiteSpace(draft.CaseworkerEmail) && !IsEmail(draft.CaseworkerEmail))
        {
            errors.Add(new(nameof(draft.CaseworkerEmail), "Indtast en gyldig e-mail, fx navn@kommune.dk."));
        }

        return errors;
    }

    public static bool IsEmail(string text) =>
        MailAddress.TryCreate(text.Trim(), out var address) && address.Address == text.Trim() && address.Host.Contains('.', StringComparison.Ordinal);
}
