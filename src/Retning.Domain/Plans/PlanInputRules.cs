namespace Retning.Domain.Plans;

/// <summary>A purpose or a revision of it as typed into the form (strings stay as typed).</summary>
public sealed record PurposeDraft(string? Title, string? Text, DateOnly? ReceivedOn, PurposeSource? Source, string? SourceReference);

/// <summary>
/// The rules of the plan's own forms, with the message to show at the field: a purpose and its
/// revisions, and the citizen's perspective and participation ("no wishes" is documented, an
/// empty field is not).
/// </summary>
public static class PlanInputRules
{
    // The longest text of each field: the form refuses more (TextLimitAttribute), the column holds no more (docs/architecture.md, "Validation").
    public const int MaxPurposeText = TextLimits.LongText;
    public const int MaxPerspective = TextLimits.LongText;
    public const int MaxParticipation = TextLimits.Paragraph;
    public const int MaxOfferAdditions = TextLimits.LongText;
    public const int MaxCompassField = TextLimits.Paragraph;
    public const int MaxApproaches = TextLimits.Paragraph;
    public const int MaxMethodName = TextLimits.Name;
    public const int MaxMethodPractice = TextLimits.Paragraph;
    public const int MaxAssessmentField = TextLimits.LongText;
    public const int MaxDpuSummary = TextLimits.LongText;

    public const int TitleMaxLength = 200;
    public const int ReferenceMaxLength = 200;

    /// <summary>
    /// Checks a new purpose (<paramref name="isRevision"/> false: a title is needed) or a new
    /// revision of one. A revision must be received no earlier than the revision it replaces,
    /// or it would not become the basis (the newest received revision is).
    /// </summary>
    public static IReadOnlyList<FieldError> CheckPurpose(PurposeDraft draft, DateOnly today, bool isRevision, DateOnly? currentReceivedOn = null)
    {
        var errors = new List<FieldError>();
        if (!isRevision)
        {
            if (string.IsNullOrWhiteSpace(draft.Title))
            {
                errors.Add(new(nameof(draft.Title), "Indtast en kort titel på formålet, fx \"Styre egen økonomi\"."));
            }
            else if (TextLimits.TooLong(draft.Title, TitleMaxLength) is { } tooLong)
            {
                errors.Add(new(nameof(draft.Title), tooLong));
            }
        }

        if (string.IsNullOrWhiteSpace(draft.Text))
        {
            errors.Add(new(nameof(draft.Text), "Indtast formålet, som det står i kommunens handleplan eller bestilling."));
        }

        if (draft.ReceivedOn is not { } received)
        {
            errors.Add(new(nameof(draft.ReceivedOn), "Indtast den dato, formålet blev modtaget fra kommunen."));
        }
        else if (received > today)
        {
            errors.Add(new(nameof(draft.ReceivedOn), "Modtagelsesdatoen ligger i fremtiden."));
        }
        else if (isRevision && currentReceivedOn is { } current && received < current)
        {
            errors.Add(new(nameof(draft.ReceivedOn),
                $"Den gældende formulering er modtaget {current.ToDanishDate()}. En revision skal være modtaget samme dag eller senere."));
        }

        if (draft.Source is null || !Enum.IsDefined(draft.Source.Value))
        {
            errors.Add(new(nameof(draft.Source), "Vælg, hvor formålet kommer fra."));
        }

        if (TextLimits.TooLong(draft.SourceReference, ReferenceMaxLength) is { } referenceTooLong)
        {
            errors.Add(new(nameof(draft.SourceReference), referenceTooLong));
        }

        return errors;
    }

    /// <summary>
    /// The citizen's perspective: a written perspective or a documented "no wishes" (not a blank),
    /// and how and how far the citizen or their custody holders, guardian or network took part.
    /// </summary>
    public static IReadOnlyList<FieldError> CheckPerspective(string? perspective, bool noWishes, string? participation)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(perspective) && !noWishes)
        {
            errors.Add(new(nameof(Plan.CitizenPerspective),
                "Beskriv borgerens perspektiv og ønsker, eller markér, at borgeren ikke har ønsker til mål."));
        }

        if (string.IsNullOrWhiteSpace(participation))
        {
            errors.Add(new(nameof(Plan.Participation),
                "Beskriv, hvordan og i hvilket omfang borgeren, forældremyndighedsindehavere, værge eller netværk har deltaget."));
        }

        return errors;
    }
}
