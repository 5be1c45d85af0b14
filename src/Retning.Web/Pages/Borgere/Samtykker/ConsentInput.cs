using Retning.Domain.Consents;

namespace Retning.Web.Pages.Borgere.Samtykker;

/// <summary>The consent form, in the order of its fields; kept as typed through an error (the file must be chosen again).</summary>
public sealed class ConsentInput
{
    public ConsentScope? Scope { get; set; }
    [TextLimit(ConsentRules.MaxDescription)]
    public string? Description { get; set; }
    public ConsentGiver? GivenBy { get; set; }
    [TextLimit(ConsentRules.MaxGivenByName)]
    public string? GivenByName { get; set; }
    public DateOnly? GivenOn { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public DateOnly? ReviewOn { get; set; }

    /// <summary>The scanned, signed consent (PDF, JPEG or PNG); optional.</summary>
    public IFormFile? Document { get; set; }

    /// <summary>On the edit form: remove the attached document (a new file replaces it anyway).</summary>
    public bool RemoveDocument { get; set; }

    /// <summary>The consent's version the form was opened on (concurrency).</summary>
    public int Version { get; set; }

    public static ConsentInput From(Consent c) => new()
    {
        Scope = c.Scope, Description = c.Description, GivenBy = c.GivenBy, GivenByName = c.GivenByName, GivenOn = c.GivenOn,
        ValidFrom = c.ValidFrom, ValidTo = c.ValidTo, ReviewOn = c.ReviewOn, Version = c.Version,
    };

    /// <summary>
    /// Copies the checked fields onto the consent. An empty start date is the day it was given;
    /// an empty review date is a year after (<see cref="ConsentRules.DefaultReviewOn"/>).
    /// </summary>
    public void ApplyTo(Consent c)
    {
        c.Scope = Scope!.Value;
        c.Description = Description!.Trim();
        c.GivenBy = GivenBy!.Value;
        c.GivenByName = GivenByName!.Trim();
        c.GivenOn = GivenOn!.Value;
        c.ValidFrom = ValidFrom ?? GivenOn.Value;
        c.ValidTo = ValidTo;
        c.ReviewOn = ReviewOn ?? ConsentRules.DefaultReviewOn(GivenOn.Value);
    }
}
