namespace Retning.Domain.Plans;

/// <summary>
/// When a goal in the plan last changed, beside its latest evaluation. An evaluation moves the
/// goal's next evaluation date in the same save, so an update at the evaluation's own instant is
/// the evaluation, not an edit of the plan.
/// </summary>
public sealed record GoalChange(DateTime CreatedUtc, DateTime UpdatedUtc, DateTime? LatestEvaluationUtc);

/// <summary>
/// The instants the plan's content last changed: the plan's own sections (purpose additions,
/// perspective, methods text, compass, revision date, template), each theme's assessment, and
/// each goal (made or edited).
/// </summary>
public sealed record PlanChanges(DateTime PlanUpdatedUtc, IReadOnlyList<DateTime> AssessmentsUpdatedUtc, IReadOnlyList<GoalChange> Goals);

/// <summary>What saving the minutes does to the status meeting's request to revise the plan (<see cref="PlanRevisionRules.FromMinutes"/>).</summary>
public enum MinutesRevisionStep
{
    None,
    Raise,
    Reword,
    Withdraw,
}

/// <summary>The rules of a request to revise the plan (the regional guideline: "Evaluering af mål og delmål vil altid medføre, at der skal tages stilling til, om der skal ske en revidering").</summary>
public static class PlanRevisionRules
{
    public const int MaxText = 2000;
    public const int MaxComment = 1000;

    /// <summary>A new request to revise the plan, raised by an evaluation or a status meeting on <paramref name="on"/>.</summary>
    public static PlanRevisionRequest Raise(Guid citizenId, Guid planId, PlanRevisionSource source, Guid sourceId, DateOnly on, string text) => new()
    {
        CitizenId = citizenId, PlanId = planId, Source = source, SourceId = sourceId, RaisedOn = on, Text = text,
    };

    /// <summary>
    /// What the minutes' answer to "must the plan be revised?" does to the meeting's request: a "Ja"
    /// with a text raises it or, while it is open, rewords it; a change back to "Nej" withdraws it if
    /// nobody has acted on it yet. A resolved request is evidence and stays as it is.
    /// </summary>
    public static MinutesRevisionStep FromMinutes(PlanRevisionRequest? existing, bool? revisionNeeded, string? text) =>
        revisionNeeded == true && text is not null
            ? existing is null ? MinutesRevisionStep.Raise : existing.ResolvedOn is null ? MinutesRevisionStep.Reword : MinutesRevisionStep.None
            : existing is { ResolvedOn: null } ? MinutesRevisionStep.Withdraw : MinutesRevisionStep.None;

    /// <summary>
    /// The first known change of the plan after <paramref name="raisedUtc"/>, or null when the
    /// plan has not changed since. Only the latest change of each part is known, so this is the
    /// earliest of those that fall after the request.
    /// </summary>
    public static DateTime? ChangedAfter(DateTime raisedUtc, PlanChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var candidates = new List<DateTime> { changes.PlanUpdatedUtc };
        candidates.AddRange(changes.AssessmentsUpdatedUtc);
        foreach (var goal in changes.Goals)
        {
            candidates.Add(goal.CreatedUtc);
            if (goal.LatestEvaluationUtc is not { } evaluated || goal.UpdatedUtc > evaluated)
            {
                candidates.Add(goal.UpdatedUtc);
            }
        }

        var after = candidates.Where(t => t > raisedUtc).ToList();
        return after.Count == 0 ? null : after.Min();
    }

    /// <summary>Open while neither marked done nor answered by a change of the plan.</summary>
    public static bool IsOpen(PlanRevisionRequest request, DateTime? planChangedAfter) =>
        request.ResolvedOn is null && planChangedAfter is null;

    /// <summary>"Skal planen revideres? Ja" needs the text of what must be revised (it becomes the task's title).</summary>
    public static string? NoteProblem(bool revisionNeeded, string? note)
    {
        if (revisionNeeded && string.IsNullOrWhiteSpace(note))
        {
            return "Skriv, hvad der skal revideres i planen.";
        }

        return TextLimits.TooLong(note, MaxText);
    }

    /// <summary>Marking a request done by hand needs a comment: why the plan needs no (further) change.</summary>
    public static string? ResolveProblem(PlanRevisionRequest request, string? comment)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ResolvedOn is not null)
        {
            return "Revisionen er allerede markeret som udført.";
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return "Skriv en kommentar: hvad blev gjort, eller hvorfor planen ikke skal ændres.";
        }

        return TextLimits.TooLong(comment, MaxComment);
    }

    /// <summary>Marks the request done by hand.</summary>
    public static void Resolve(PlanRevisionRequest request, DateOnly on, Guid byId, string byName, string comment)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.ResolvedOn = on;
        request.ResolvedById = byId;
        request.ResolvedByName = byName;
        request.ResolutionComment = comment.Trim();
    }

    public static string Danish(this PlanRevisionSource source) => source switch
    {
        PlanRevisionSource.GoalEvaluation => "Evaluering af mål",
        PlanRevisionSource.ThemeEvaluation => "Evaluering af tema",
        PlanRevisionSource.StatusMeeting => "Statusmøde",
        _ => source.ToString(),
    };
}
