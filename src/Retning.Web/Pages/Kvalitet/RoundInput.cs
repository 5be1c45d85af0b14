using Retning.Domain.Quality;

namespace Retning.Web.Pages.Kvalitet;

/// <summary>The form of a new monitoring round (standard 1.3 step 3).</summary>
public sealed class RoundInput
{
    [TextLimit(MonitoringRound.MaxTitle)]
    public string? Title { get; set; }

    public List<Guid> DepartmentIds { get; set; } = [];
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }
    public DateOnly? DueOn { get; set; }
    public Guid? ReviewerUserId { get; set; }
    public Guid? SecondReviewerUserId { get; set; }
    public int? SecondSampleSize { get; set; }

    /// <summary>The checks that need no database: each a Danish message at its field.</summary>
    public IEnumerable<FieldError> Check(IReadOnlySet<Guid> allowedDepartments, DateOnly today)
    {
        if (FormText.Clean(Title) is null)
        {
            yield return new FieldError(nameof(Title), "Giv runden en titel.");
        }

        if (DepartmentIds.Count == 0)
        {
            yield return new FieldError(nameof(DepartmentIds), "Vælg mindst én afdeling.");
        }
        else if (!DepartmentIds.All(allowedDepartments.Contains))
        {
            yield return new FieldError(nameof(DepartmentIds), "Vælg kun afdelinger, du har ansvar for.");
        }

        if (PeriodFrom is null)
        {
            yield return new FieldError(nameof(PeriodFrom), "Indtast, hvornår perioden begynder.");
        }

        if (PeriodTo is null)
        {
            yield return new FieldError(nameof(PeriodTo), "Indtast, hvornår perioden slutter.");
        }
        else if (PeriodFrom is { } from && PeriodTo < from)
        {
            yield return new FieldError(nameof(PeriodTo), "Perioden kan ikke slutte, før den begynder.");
        }

        if (DueOn is null)
        {
            yield return new FieldError(nameof(DueOn), "Indtast rundens frist.");
        }
        else if (DueOn < today)
        {
            yield return new FieldError(nameof(DueOn), "Fristen kan ikke ligge før i dag.");
        }

        if (ReviewerUserId is null)
        {
            yield return new FieldError(nameof(ReviewerUserId), "Vælg, hvem der gennemgår stikprøven.");
        }

        if (SecondReviewerUserId is { } second)
        {
            if (second == ReviewerUserId)
            {
                yield return new FieldError(nameof(SecondReviewerUserId), "Anden bedømmer skal være en anden end den første.");
            }

            if (SecondSampleSize is null or < 1)
            {
                yield return new FieldError(nameof(SecondSampleSize), "Angiv, hvor mange planer anden bedømmer vurderer (mindst 1).");
            }
            else if (SecondSampleSize > PlanSampling.MaxSize)
            {
                yield return new FieldError(nameof(SecondSampleSize), $"Anden bedømmer kan højst vurdere {PlanSampling.MaxSize} planer.");
            }
        }
        else if (SecondSampleSize is not null)
        {
            yield return new FieldError(nameof(SecondSampleSize), "Vælg en anden bedømmer, eller lad antallet stå tomt.");
        }
    }
}
