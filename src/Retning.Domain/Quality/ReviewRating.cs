namespace Retning.Domain.Quality;

/// <summary>
/// How far a sampled plan meets a monitored indicator: the fixed scale of a monitoring round. "Ikke relevant"
/// is a rating of its own (e.g. no external actor is relevant for the citizen's goals), counted apart from
/// the share that is met, and a category of its own when two reviewers' agreement is measured.
/// </summary>
public enum ReviewRating
{
    Met = 1,
    PartlyMet = 2,
    NotMet = 3,
    NotRelevant = 4,
}

public static class ReviewRatingText
{
    public static string Danish(this ReviewRating rating) => rating switch
    {
        ReviewRating.Met => "Opfyldt",
        ReviewRating.PartlyMet => "Delvist opfyldt",
        ReviewRating.NotMet => "Ikke opfyldt",
        ReviewRating.NotRelevant => "Ikke relevant",
        _ => rating.ToString(),
    };
}
