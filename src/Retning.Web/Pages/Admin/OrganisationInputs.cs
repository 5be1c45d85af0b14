using System.ComponentModel.DataAnnotations;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;
using Retning.Domain.Rights;

namespace Retning.Web.Pages.Admin;

/// <summary>The offer form. Strings stay as typed so a failed post shows them again.</summary>
public sealed class OfferInput
{
    [Display(Name = "Region eller ejer")]
    public Guid? RegionId { get; set; }

    /// <summary>Used only while no region exists yet.</summary>
    [TextLimit(TextLimits.Name)]
    public string? NewRegionName { get; set; }

    [Required(ErrorMessage = "Skriv tilbuddets navn.")]
    [TextLimit(TextLimits.Name)]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Vælg lovgrundlag.")]
    [TextLimit(TextLimits.Code)]
    public string? LegalBasis { get; set; }

    [Required(ErrorMessage = "Vælg område.")]
    [Display(Name = "Område")]
    public Area? Area { get; set; }

    [TextLimit(ContactRules.AddressMaxLength)]
    public string? Address { get; set; }

    [TextLimit(ContactRules.PhoneMaxLength)]
    public string? Phone { get; set; }
    /// <summary>SMORTE or SMARTE: what the offer's guideline calls the goal criteria; left out, the offer keeps its own.</summary>
    [Display(Name = "Målkriterier")]
    public SmortVariant? SmortVariant { get; set; }

    /// <summary>Years a discharged citizen's data is kept before the retention job erases it; left out, the offer keeps its own.</summary>
    [Display(Name = "Opbevaringsperiode")]
    public int? RetentionYears { get; set; }

    public int Version { get; set; }

    public static OfferInput From(Offer o) => new()
    {
        RegionId = o.RegionId,
        Name = o.Name,
        LegalBasis = o.LegalBasis,
        Area = o.Area,
        Address = o.Address,
        Phone = o.Phone,
        SmortVariant = o.SmortVariant,
        RetentionYears = o.RetentionYearsAfterDischarge,
        Version = o.Version,
    };

    /// <summary>The address, phone and retention-period checks, beyond the attributes.</summary>
    public IEnumerable<FieldError> CheckContact() =>
        ContactRules.Check(Address, Phone)
            .Concat(RetentionRules.CheckYears(RetentionYears) is { } years ? [new FieldError(nameof(RetentionYears), years)] : []);

    public void ApplyTo(Offer o)
    {
        o.Name = Name!.Trim();
        o.LegalBasis = LegalBasis!;
        o.Area = Area!.Value;
        o.Address = FormText.Clean(Address);
        o.Phone = FormText.Clean(Phone);
        o.SmortVariant = SmortVariant ?? o.SmortVariant;
        o.RetentionYearsAfterDischarge = RetentionYears ?? o.RetentionYearsAfterDischarge;
    }
}

/// <summary>The department form: a name (and, when editing, the version it was opened on).</summary>
public sealed class DepartmentInput
{
    [Required(ErrorMessage = "Skriv afdelingens navn.")]
    [TextLimit(TextLimits.Name)]
    public string? Name { get; set; }

    public int Version { get; set; }
}
