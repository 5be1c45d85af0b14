namespace Retning.Domain.Quality;

/// <summary>
/// When a review of a sampled plan can be submitted (docs/domain.md, "Quality monitoring"): a draft is saved as it
/// is, however far it has come; submitting asks for a rating on each of indicators 5–8, and a comment where the plan
/// does not fully meet one, so the finding can be acted on in the improvement plan.
/// </summary>
public static class ReviewRules
{
    public static string Field(QualityIndicator indicator) => indicator switch
    {
        QualityIndicator.CoherenceOfInterventionsAndGoals => nameof(PlanReview.Coherence),
        QualityIndicator.PositiveResults => nameof(PlanReview.Results),
        QualityIndicator.ExternalCollaboration => nameof(PlanReview.Collaboration),
        QualityIndicator.CitizenInvolvement => nameof(PlanReview.Involvement),
        _ => throw new ArgumentOutOfRangeException(nameof(indicator)),
    };

    /// <summary>Comment lengths, checked on every save (a draft too).</summary>
    public static IReadOnlyList<FieldError> CheckDraft(PlanReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return QualityIndicatorText.Monitored
            .Where(i => review.CommentOf(i)?.Length > PlanReview.MaxComment)
            .Select(i => new FieldError(Field(i) + "Comment", $"Kommentaren kan højst være {PlanReview.MaxComment} tegn."))
            .ToList();
    }

    public static IReadOnlyList<FieldError> CheckSubmit(PlanReview review)
    {
        var errors = CheckDraft(review).ToList();
        foreach (var indicator in QualityIndicatorText.Monitored)
        {
            var rating = review.RatingOf(indicator);
            if (rating is null)
            {
                errors.Add(new FieldError(Field(indicator), $"Vurdér {indicator.Number().ToLowerInvariant()}, før gennemgangen afsluttes."));
            }
            else if (rating is ReviewRating.PartlyMet or ReviewRating.NotMet && string.IsNullOrWhiteSpace(review.CommentOf(indicator)))
            {
                errors.Add(new FieldError(Field(indicator) + "Comment", "Skriv, hvad der mangler, når indikatoren ikke er opfyldt."));
            }
        }
        return errors;
    }
}
