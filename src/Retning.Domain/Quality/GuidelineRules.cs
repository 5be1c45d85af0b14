using Retning.Domain.Deadlines;

namespace Retning.Domain.Quality;

/// <summary>Where a version of a guiding document stands.</summary>
public enum GuidelineVersionState
{
    /// <summary>Written or uploaded, not approved: only its owner and leaders see it.</summary>
    Draft = 1,

    /// <summary>Approved and in force from its "gældende fra" day, until a later approved version takes over.</summary>
    Approved = 2,

    /// <summary>Expired: a later approved version is in force. Kept, never changed, read as history.</summary>
    Expired = 3,
}

/// <summary>A version's dates, as the rules read them.</summary>
public sealed record GuidelineVersionFacts(Guid Id, int Number, DateOnly? ApprovedOn, DateOnly? ValidFrom);

/// <summary>
/// The rules of the guiding documents (step 1 of standard 1.3, indicators 1–3; docs/domain.md, "Quality monitoring"):
/// which version is in force, the state of each, approval, and the revision deadline. A version is immutable once
/// approved: a change is a new version with what changed, so what staff read and acknowledged stays as it was.
/// </summary>
public static class GuidelineRules
{
    /// <summary>Days ahead the revision deadline shows on the owner's task list.</summary>
    public const int RevisionWarnDays = 60;

    public const int MaxTitle = 200;
    public const int MaxChangeNote = 1000;
    public const int MaxText = 100_000;

    /// <summary>The version in force on the day: the approved one with the latest "gældende fra" on or before it.</summary>
    public static GuidelineVersionFacts? InForce(IEnumerable<GuidelineVersionFacts> versions, DateOnly day) =>
        versions.Where(v => v.ApprovedOn is not null && v.ValidFrom is { } from && from <= day)
            .OrderByDescending(v => v.ValidFrom).ThenByDescending(v => v.Number).FirstOrDefault();

    public static GuidelineVersionState StateOn(GuidelineVersionFacts version, IEnumerable<GuidelineVersionFacts> versions, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (version.ApprovedOn is null)
        {
            return GuidelineVersionState.Draft;
        }

        var inForce = InForce(versions, day);
        return inForce is not null && inForce.Number > version.Number ? GuidelineVersionState.Expired : GuidelineVersionState.Approved;
    }

    /// <summary>Why a draft cannot be approved as given, at the fields of the form; empty when it can.</summary>
    public static IReadOnlyList<FieldError> CheckApproval(GuidelineVersionFacts version, DateOnly approvedOn, DateOnly? validFrom, DateOnly? revisionDueOn,
        bool hasContent, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (version.ApprovedOn is not null)
        {
            return [new FieldError("Version", "Versionen er allerede godkendt og kan ikke ændres. Lav en ny version.")];
        }

        var errors = new List<FieldError>();
        if (!hasContent)
        {
            errors.Add(new FieldError("Text", "Skriv retningslinjen, eller vælg den som fil, før den godkendes."));
        }

        if (approvedOn > today)
        {
            errors.Add(new FieldError("ApprovedOn", "Godkendelsesdatoen kan ikke ligge i fremtiden."));
        }

        if (validFrom is null)
        {
            errors.Add(new FieldError("ValidFrom", "Angiv, hvornår versionen gælder fra."));
        }

        if (revisionDueOn is null)
        {
            errors.Add(new FieldError("RevisionDueOn", "Angiv, hvornår retningslinjen senest skal revideres."));
        }
        else if (validFrom is { } from && revisionDueOn <= from)
        {
            errors.Add(new FieldError("RevisionDueOn", "Revisionsdatoen skal ligge efter den dag, versionen gælder fra."));
        }

        return errors;
    }

    /// <summary>Where the revision deadline stands: shown <see cref="RevisionWarnDays"/> days ahead, overdue the day after.</summary>
    public static DeadlineState RevisionStateOn(DateOnly revisionDueOn, DateOnly today) =>
        Deadlines.Deadlines.StateOn(revisionDueOn, today, RevisionWarnDays);

    public static string Danish(this GuidelineVersionState state) => state switch
    {
        GuidelineVersionState.Draft => "Udkast",
        GuidelineVersionState.Approved => "Godkendt",
        GuidelineVersionState.Expired => "Udløbet",
        _ => state.ToString(),
    };
}
