namespace Retning.Domain.Quality;

/// <summary>
/// A quality monitoring round of standard 1.3, step 3 (docs/domain.md, "Quality monitoring"): the departments it
/// covers, the period whose plans it looks at, when it is due, and the random sample of plans it reviews
/// (<see cref="PlanSampling"/>, kept with its seed so it can be drawn again). Completing it starts the next
/// three years (<see cref="MonitoringCycle"/>). The round itself holds no citizen data; its samples, reviews and
/// interviews do, and are scoped like every citizen record.
/// </summary>
public class MonitoringRound : IVersioned
{
    public const int MaxTitle = 200;
    public const int MaxConclusion = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegionId { get; set; }
    public required string Title { get; set; }

    /// <summary>The period whose work the round looks at (evaluations, results and notes shown on the review form).</summary>
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }

    public DateOnly DueOn { get; set; }

    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>Who reviews the sample (the quality officer, as a rule); the sample is drawn within their departments.</summary>
    public Guid ReviewerUserId { get; set; }

    /// <summary>Who rates a subsample blind, for the agreement between reviewers; none when not chosen.</summary>
    public Guid? SecondReviewerUserId { get; set; }

    public int? SampleSize { get; set; }

    /// <summary>How many of the sampled plans the second reviewer rates too (the first ones drawn).</summary>
    public int? SecondSampleSize { get; set; }

    public int? Seed { get; set; }
    public DateTime? SampledUtc { get; set; }

    public DateOnly? CompletedOn { get; set; }
    public Guid? CompletedByUserId { get; set; }

    /// <summary>The round's conclusion in words, written when it is completed; the report leads with it.</summary>
    public string? Conclusion { get; set; }

    public int Version { get; set; }

    public List<RoundDepartment> Departments { get; set; } = [];
}

/// <summary>A department within a round's scope.</summary>
public class RoundDepartment
{
    public Guid RoundId { get; set; }
    public Guid DepartmentId { get; set; }
}

/// <summary>A plan drawn for a round: citizen data (scoped, erased with the citizen).</summary>
public class RoundSample
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RoundId { get; set; }
    public Guid CitizenId { get; set; }
    public Guid PlanId { get; set; }
    public Guid DepartmentId { get; set; }

    /// <summary>1 for the first plan drawn, and so on: the order of the draw.</summary>
    public int Position { get; set; }

    /// <summary>True when the second reviewer rates this plan too, blind.</summary>
    public bool DoubleRated { get; set; }
}

/// <summary>Which of a round's two reviewers a review is by: the second rates a subsample without seeing the first.</summary>
public enum ReviewerRole
{
    First = 1,
    Second = 2,
}

/// <summary>
/// One reviewer's ratings of one sampled plan on indicators 5–8 (fixed scale, <see cref="ReviewRating"/>), each with
/// a comment. Saved as a draft as often as wanted; submitted once complete (<see cref="ReviewRules"/>).
/// </summary>
public class PlanReview : IVersioned
{
    public const int MaxComment = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SampleId { get; set; }
    public Guid RoundId { get; set; }
    public Guid CitizenId { get; set; }
    public ReviewerRole Role { get; set; }
    public Guid ReviewerUserId { get; set; }

    public ReviewRating? Coherence { get; set; }
    public string? CoherenceComment { get; set; }
    public ReviewRating? Results { get; set; }
    public string? ResultsComment { get; set; }
    public ReviewRating? Collaboration { get; set; }
    public string? CollaborationComment { get; set; }
    public ReviewRating? Involvement { get; set; }
    public string? InvolvementComment { get; set; }

    public DateTime SavedUtc { get; set; }
    public DateTime? SubmittedUtc { get; set; }

    public int Version { get; set; }

    public ReviewRating? RatingOf(QualityIndicator indicator) => indicator switch
    {
        QualityIndicator.CoherenceOfInterventionsAndGoals => Coherence,
        QualityIndicator.PositiveResults => Results,
        QualityIndicator.ExternalCollaboration => Collaboration,
        QualityIndicator.CitizenInvolvement => Involvement,
        _ => null,
    };

    public string? CommentOf(QualityIndicator indicator) => indicator switch
    {
        QualityIndicator.CoherenceOfInterventionsAndGoals => CoherenceComment,
        QualityIndicator.PositiveResults => ResultsComment,
        QualityIndicator.ExternalCollaboration => CollaborationComment,
        QualityIndicator.CitizenInvolvement => InvolvementComment,
        _ => null,
    };
}
