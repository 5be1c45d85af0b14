using Retning.Domain.Quality;

namespace Retning.Web.Pages.Kvalitet.Gennemgang;

/// <summary>The review form: a rating and a comment per indicator 5–8, and the review it was opened on (none yet, or its id and version).</summary>
public sealed class ReviewInput
{
    public ReviewRating? Coherence { get; set; }

    [TextLimit(PlanReview.MaxComment)]
    public string? CoherenceComment { get; set; }

    public ReviewRating? Results { get; set; }

    [TextLimit(PlanReview.MaxComment)]
    public string? ResultsComment { get; set; }

    public ReviewRating? Collaboration { get; set; }

    [TextLimit(PlanReview.MaxComment)]
    public string? CollaborationComment { get; set; }

    public ReviewRating? Involvement { get; set; }

    [TextLimit(PlanReview.MaxComment)]
    public string? InvolvementComment { get; set; }

    /// <summary>The review the form was opened on; null when there was none yet (a second tab that creates one first wins, the other gets the conflict).</summary>
    public Guid? ReviewId { get; set; }

    public int Version { get; set; }

    public static ReviewInput From(PlanReview review) => new()
    {
        Coherence = review.Coherence, CoherenceComment = review.CoherenceComment,
        Results = review.Results, ResultsComment = review.ResultsComment,
        Collaboration = review.Collaboration, CollaborationComment = review.CollaborationComment,
        Involvement = review.Involvement, InvolvementComment = review.InvolvementComment,
        ReviewId = review.Id, Version = review.Version,
    };

    public void ApplyTo(PlanReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        review.Coherence = Coherence;
        review.CoherenceComment = FormText.Clean(CoherenceComment);
        review.Results = Results;
        review.ResultsComment = FormText.Clean(ResultsComment);
        review.Collaboration = Collaboration;
        review.CollaborationComment = FormText.Clean(CollaborationComment);
        review.Involvement = Involvement;
        review.InvolvementComment = FormText.Clean(InvolvementComment);
    }

    public ReviewRating? RatingOf(QualityIndicator indicator) => indicator switch
    {
        QualityIndicator.CoherenceOfInterventionsAndGoals => Coherence,
        QualityIndicator.PositiveResults => Results,
        QualityIndicator.ExternalCollaboration => Collaboration,
        _ => Involvement,
    };

    public string? CommentOf(QualityIndicator indicator) => indicator switch
    {
        QualityIndicator.CoherenceOfInterventionsAndGoals => CoherenceComment,
        QualityIndicator.PositiveResults => ResultsComment,
        QualityIndicator.ExternalCollaboration => CollaborationComment,
        _ => InvolvementComment,
    };

    /// <summary>The form as label and value, to compare with the stored review after a conflict.</summary>
    public IEnumerable<(string Label, string? Value)> Describe() =>
        QualityIndicatorText.Monitored.SelectMany(i => new (string, string?)[]
        {
            ($"{i.Number()}: vurdering", RatingOf(i)?.Danish()),
            ($"{i.Number()}: kommentar", CommentOf(i)),
        });
}
