using Retning.Domain.Quality;

namespace Retning.Web.Pages.Kvalitet.Gennemgang;

/// <summary>One indicator's rating radios on the review form: the field, its legend, the value and the error at it.</summary>
public sealed record RatingField(QualityIndicator Indicator, ReviewRating? Value, string? Error)
{
    public string Name => "Input." + ReviewRules.Field(Indicator);
    public string Id => "Input_" + ReviewRules.Field(Indicator);

    public static readonly IReadOnlyList<ReviewRating> Scale = [ReviewRating.Met, ReviewRating.PartlyMet, ReviewRating.NotMet, ReviewRating.NotRelevant];

    /// <summary>The first radio carries the field's id, so the error summary's link lands on it.</summary>
    public string IdOf(ReviewRating rating) => rating == ReviewRating.Met ? Id : $"{Id}_{rating}";
}

/// <summary>The record's material of one indicator for the goals of the sampled plan.</summary>
public sealed record GoalMaterialView(Retning.Web.Services.Quality.ReviewFormMaterial Material, QualityIndicator Indicator, Guid CitizenId);
