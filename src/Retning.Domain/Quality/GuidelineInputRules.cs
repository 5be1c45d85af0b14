namespace Retning.Domain.Quality;

/// <summary>
/// The guideline form's checks (docs/domain.md, "Quality monitoring"): what a draft needs before it is saved. What an
/// approval needs besides (content, dates) is <see cref="GuidelineRules.CheckApproval"/>; the file's own check is
/// <see cref="GuidelineDocument.Check"/>.
/// </summary>
public static class GuidelineInputRules
{
    /// <summary>Why the form cannot be saved, at its fields; empty when it can.</summary>
    public static IReadOnlyList<FieldError> Check(string? title, GuidelineLevel? level, int offerCount, GuidelineIndicators indicators,
        bool ownerChosen, bool firstVersion, string? changeNote)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(title))
        {
            errors.Add(new("Title", "Skriv retningslinjens titel."));
        }

        if (level is null)
        {
            errors.Add(new("Level", "Vælg, om retningslinjen er regional eller lokal."));
        }
        else if (level == GuidelineLevel.Local && offerCount == 0)
        {
            errors.Add(new("OfferIds", "Vælg mindst ét tilbud, som den lokale retningslinje gælder for."));
        }

        if ((indicators & (GuidelineIndicators.Goals | GuidelineIndicators.PlanTemplate | GuidelineIndicators.StatusMaterial)) == GuidelineIndicators.None)
        {
            errors.Add(new("Indicators", "Vælg mindst én af indikatorerne 1–3, som retningslinjen dækker."));
        }

        if (!ownerChosen)
        {
            errors.Add(new("OwnerUserId", "Vælg den ansvarlige blandt regionens medarbejdere."));
        }

        if (!firstVersion && string.IsNullOrWhiteSpace(changeNote))
        {
            errors.Add(new("ChangeNote", "Skriv kort, hvad der er ændret i forhold til den forrige version."));
        }

        return errors;
    }

    /// <summary>A stored name for an uploaded file: letters, digits and a few signs kept, with the extension of what it is.</summary>
    public static string SafeFileName(string? fileName, string contentType)
    {
        var extension = contentType == GuidelineDocument.Pdf ? ".pdf" : ".docx";
        var stem = Path.GetFileNameWithoutExtension((fileName ?? string.Empty).Replace('\\', '/').Split('/')[^1]);
        var kept = new string([.. stem.Select(ch => char.IsLetterOrDigit(ch) || ch is ' ' or '-' or '_' ? ch : '_')]).Trim(' ', '_');
        if (kept.Length > 100)
        {
            kept = kept[..100].TrimEnd(' ');
        }

        return (kept.Length == 0 ? "retningslinje" : kept) + extension;
    }

    /// <summary>The indicators as the numbers of the standard, e.g. "1, 3".</summary>
    public static string Numbers(GuidelineIndicators indicators) =>
        string.Join(", ", Covered(indicators).Select(i => ((int)i).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The standard's indicators a guideline covers.</summary>
    public static IReadOnlyList<QualityIndicator> Covered(GuidelineIndicators indicators) =>
    [
        .. indicators.HasFlag(GuidelineIndicators.Goals) ? [QualityIndicator.GuidelinesForGoals] : Array.Empty<QualityIndicator>(),
        .. indicators.HasFlag(GuidelineIndicators.PlanTemplate) ? [QualityIndicator.PlanTemplate] : Array.Empty<QualityIndicator>(),
        .. indicators.HasFlag(GuidelineIndicators.StatusMaterial) ? [QualityIndicator.GuidelinesForStatus] : Array.Empty<QualityIndicator>(),
    ];

    /// <summary>The flag of a step-1 indicator.</summary>
    public static GuidelineIndicators FlagOf(QualityIndicator indicator) => indicator switch
    {
        QualityIndicator.GuidelinesForGoals => GuidelineIndicators.Goals,
        QualityIndicator.PlanTemplate => GuidelineIndicators.PlanTemplate,
        QualityIndicator.GuidelinesForStatus => GuidelineIndicators.StatusMaterial,
        _ => GuidelineIndicators.None,
    };

    public static string Danish(this GuidelineLevel level) => level switch
    {
        GuidelineLevel.Regional => "Regional",
        GuidelineLevel.Local => "Lokal",
        _ => level.ToString(),
    };
}
