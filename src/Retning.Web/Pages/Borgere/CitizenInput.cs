using Retning.Domain.Citizens;

namespace Retning.Web.Pages.Borgere;

/// <summary>The citizen form. Strings stay as typed so a failed post shows them again.</summary>
public sealed class CitizenInput
{
    [TextLimit(CitizenValidation.MaxNamePart)]
    public string? FirstName { get; set; }
    [TextLimit(CitizenValidation.MaxNamePart)]
    public string? LastName { get; set; }
    [TextLimit(CitizenValidation.MaxCpr)]
    public string? Cpr { get; set; }
    public Guid? DepartmentId { get; set; }
    public DateOnly? EnrolledOn { get; set; }
    public DateOnly? DischargedOn { get; set; }
    [TextLimit(CitizenValidation.MaxClassification)]
    public string? TargetGroup { get; set; }
    [TextLimit(CitizenValidation.MaxClassification)]
    public string? Category { get; set; }
    [TextLimit(CitizenValidation.MaxClassification)]
    public string? SupportLevel { get; set; }
    [TextLimit(CitizenValidation.MaxMunicipality)]
    public string? Municipality { get; set; }
    [TextLimit(CitizenValidation.MaxPersonName)]
    public string? CaseworkerName { get; set; }
    [TextLimit(CitizenValidation.MaxEmail)]
    public string? CaseworkerEmail { get; set; }
    [TextLimit(CitizenValidation.MaxPhone)]
    public string? CaseworkerPhone { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Aftalt statusinterval")]
    public int? StatusIntervalMonths { get; set; }

    [TextLimit(CitizenValidation.MaxAgreementNote)]
    public string? StatusAgreementNote { get; set; }
    public int Version { get; set; }

    /// <summary>The master-data rules and CPR uniqueness, across all departments (the query filter must not hide a duplicate).</summary>
    public async Task<IReadOnlyList<FieldError>> CheckAsync(AppDbContext db, DateOnly today, Guid? existingId, CancellationToken ct)
    {
        var taken = Domain.Citizens.Cpr.TryParse(Cpr, out var cpr, out _)
            && await db.Citizens.IgnoreQueryFilters().AnyAsync(c => c.CprDigits == cpr.Digits && c.Id != existingId, ct);
        return CitizenFormRules.CheckCitizen(ToDraft(), today, taken);
    }

    public CitizenDraft ToDraft() => new(FirstName, LastName, Cpr, EnrolledOn, DischargedOn, CaseworkerEmail, StatusIntervalMonths, StatusAgreementNote);

    public static CitizenInput From(Citizen c) => new()
    {
        FirstName = c.FirstName,
        LastName = c.LastName,
        Cpr = Domain.Citizens.Cpr.Format(c.CprDigits),
        DepartmentId = c.DepartmentId,
        EnrolledOn = c.EnrolledOn,
        DischargedOn = c.DischargedOn,
        TargetGroup = c.TargetGroup,
        Category = c.Category,
        SupportLevel = c.SupportLevel,
        Municipality = c.Municipality,
        CaseworkerName = c.CaseworkerName,
        CaseworkerEmail = c.CaseworkerEmail,
        CaseworkerPhone = c.CaseworkerPhone,
        StatusIntervalMonths = c.StatusIntervalMonths,
        StatusAgreementNote = c.StatusAgreementNote,
        Version = c.Version,
    };

    /// <summary>Copies the validated input onto the citizen (department moves go through Placements).</summary>
    public void ApplyTo(Citizen c)
    {
        var cpr = Domain.Citizens.Cpr.Parse(Cpr!);
        c.FirstName = FirstName!.Trim();
        c.LastName = LastName!.Trim();
        c.CprDigits = cpr.Digits;
        c.BirthDate = cpr.BirthDate;
        c.EnrolledOn = EnrolledOn!.Value;
        c.DischargedOn = DischargedOn;
        c.TargetGroup = FormText.Clean(TargetGroup);
        c.Category = FormText.Clean(Category);
        c.SupportLevel = FormText.Clean(SupportLevel);
        c.Municipality = FormText.Clean(Municipality);
        c.CaseworkerName = FormText.Clean(CaseworkerName);
        c.CaseworkerEmail = FormText.Clean(CaseworkerEmail);
        c.CaseworkerPhone = FormText.Clean(CaseworkerPhone);
        c.StatusIntervalMonths = StatusIntervalMonths;
        c.StatusAgreementNote = StatusIntervalMonths is null ? null : FormText.Clean(StatusAgreementNote);
    }

}
