using Retning.Domain.Deadlines;
using Retning.Domain.Evaluations;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;
using Retning.Domain.Tasks;

namespace Retning.Web.Services.Tasks;

/// <summary>
/// A deadline with the citizen it belongs to, for the task lists, and how it is handled: who in the
/// contact team has it (null: the team) and whether a leader snoozed it.
/// </summary>
public sealed record TaskRow(Deadline Deadline, Guid CitizenId, string CitizenName, Guid DepartmentId)
{
    public TaskHandling? Handling { get; init; }

    /// <summary>Snoozed on the day the list was made: shown with its reason, not counted as overdue.</summary>
    public bool IsSnoozed { get; init; }

    /// <summary>Overdue and not snoozed: what the counts and the header badge call overdue.</summary>
    public bool IsOverdue => Deadline.State == DeadlineState.Overdue && !IsSnoozed;

    /// <summary>The task's own page (assign, snooze).</summary>
    public string HandlingHref => Routes.Task(CitizenId, Deadline.Kind.ToString(), Deadline.SubjectId);

    private CitizenRoutes Citizen => Routes.Citizen(CitizenId);

    /// <summary>Where the work is done.</summary>
    public string ActionHref => Deadline.Kind switch
    {
        DeadlineKind.EvaluationDue or DeadlineKind.NewGoalReview when Deadline.SubjectId is { } goal => Citizen.NewEvaluation(goal),
        DeadlineKind.PurposeMissing => Citizen.Purposes,
        DeadlineKind.DpuDue => Citizen.PlanDpu,
        DeadlineKind.CompassDue => Citizen.PlanCompass,
        DeadlineKind.PeriodToClose => Citizen.Periods,
        DeadlineKind.TurnsEighteen => Citizen.PlanTemplate,
        DeadlineKind.StatusDue => Citizen.Meetings,
        DeadlineKind.StatusSendDeadline when Deadline.SubjectId is { } meeting => Citizen.Meeting(meeting),
        DeadlineKind.MinutesDue when Deadline.SubjectId is { } meeting => Citizen.Minutes(meeting),
        DeadlineKind.ConsentReview => Citizen.Consents,
        DeadlineKind.StatusApproval or DeadlineKind.StatusSparring when Deadline.SubjectId is { } status => Citizen.Status(status),
        DeadlineKind.MinutesApproval when Deadline.SubjectId is { } meeting => Citizen.Minutes(meeting),
        DeadlineKind.PlanRevision when Deadline.SubjectId is { } request => Citizen.PlanRevision(request),
        DeadlineKind.RevisedPurposeAwaited => Citizen.Purposes,
        _ => Citizen.Overview,
    };

    /// <summary>The evidence of a done task, when there is a page for it.</summary>
    public string? EvidenceHref => Deadline.Kind switch
    {
        DeadlineKind.EvaluationDue or DeadlineKind.NewGoalReview when Deadline.EvidenceId is { } e => Citizen.Evaluation(e),
        DeadlineKind.PurposeMissing => Citizen.Purposes,
        DeadlineKind.CompassDue => Citizen.PlanCompass,
        DeadlineKind.PeriodToClose => Citizen.Periods,
        DeadlineKind.StatusDue when Deadline.EvidenceId is { } meeting => Citizen.Meeting(meeting),
        DeadlineKind.StatusSendDeadline => Citizen.Disclosures,
        DeadlineKind.MinutesDue when Deadline.SubjectId is { } meeting => Citizen.Minutes(meeting),
        DeadlineKind.StatusApproval or DeadlineKind.StatusSparring when Deadline.SubjectId is { } status => Citizen.Status(status),
        DeadlineKind.PlanRevision when Deadline.SubjectId is { } request => Citizen.PlanRevision(request),
        DeadlineKind.RevisedPurposeAwaited => Citizen.Purposes,
        _ => null,
    };
}

/// <summary>
/// Reads the facts the deadline engine needs for a set of citizens in a fixed number of queries
/// (whatever the number of citizens) and returns their deadlines. A status meeting's send and
/// minutes deadlines close with the day the status (resp. the minutes) was sent. Each row carries
/// its handling (assignment, snooze) when one is recorded.
/// </summary>
public sealed class TaskLoader(AppDbContext db)
{
    public async Task<IReadOnlyList<TaskRow>> ForCitizensAsync(IReadOnlyCollection<Guid> citizenIds, DateOnly today, CancellationToken ct)
    {
        if (citizenIds.Count == 0)
        {
            return [];
        }

        var citizens = await db.Citizens.AsNoTracking().Where(c => citizenIds.Contains(c.Id))
            .Select(c => new { c.Id, Name = c.FirstName + " " + c.LastName, c.BirthDate, c.EnrolledOn, c.DischargedOn, c.DepartmentId, c.Department!.Offer!.Area, c.StatusIntervalMonths })
            .ToListAsync(ct);
        var plans = await db.Plans.AsNoTracking().Where(p => citizenIds.Contains(p.CitizenId))
            .Select(p => new
            {
                p.Id, p.CitizenId, p.CreatedUtc, Kind = db.PlanTemplates.Where(t => db.TemplateVersions.Any(v => v.Id == p.TemplateVersionId && v.TemplateId == t.Id)).Select(t => t.Kind).First(),
                CompassBegun = p.SympatheticComfort != null || p.SympatheticDiscomfort != null || p.ParasympatheticComfort != null || p.ParasympatheticDiscomfort != null,
                p.CompassUpdatedOn,
            })
            .ToListAsync(ct);
        var planIds = plans.Select(p => p.Id).ToList();
        var periods = (await db.PlanPeriods.AsNoTracking().Where(p => planIds.Contains(p.PlanId)).ToListAsync(ct)).ToLookup(p => p.PlanId);
        var goals = (await db.Goals.AsNoTracking().Where(g => planIds.Contains(g.PlanId)).ToListAsync(ct)).ToLookup(g => g.PlanId);
        var evaluations = (await db.Evaluations.AsNoTracking().Where(e => citizenIds.Contains(e.CitizenId))
                .Select(e => new { e.Id, e.GoalId, e.EvaluatedOn, e.CreatedUtc }).ToListAsync(ct))
            .GroupBy(e => e.GoalId).ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.EvaluatedOn).ThenByDescending(e => e.CreatedUtc).First());
        var purposes = (await db.PurposeRevisions.AsNoTracking()
                .Join(db.Purposes.Where(p => citizenIds.Contains(p.CitizenId)), r => r.PurposeId, p => p.Id, (r, p) => new { p.CitizenId, p.Id, r.ReceivedOn })
                .ToListAsync(ct))
            .GroupBy(x => (x.CitizenId, x.Id)).Select(g => new { g.Key.CitizenId, g.Key.Id, ReceivedOn = g.Min(x => x.ReceivedOn) }).ToLookup(x => x.CitizenId);
        var meetings = (await db.StatusMeetings.AsNoTracking().Where(m => citizenIds.Contains(m.CitizenId) && m.CancelledOn == null)
                .Select(m => new { m.Id, m.CitizenId, m.On, m.StatusSentOn, m.StatusDisclosureId, m.MinutesSentOn }).ToListAsync(ct))
            .ToLookup(m => m.CitizenId);
        var consents = (await db.Consents.AsNoTracking().Where(c => citizenIds.Contains(c.CitizenId))
                .Select(c => new { c.Id, c.CitizenId, c.Description, c.GivenOn, c.ReviewOn, c.WithdrawnOn, c.ValidTo }).ToListAsync(ct))
            .ToLookup(c => c.CitizenId);
        var reviews = await ReviewFactsLoader.LoadAsync(db, citizenIds, new DeadlineSettings(Area.Children).StatusSendDaysBeforeMeeting, ct);
        var handlings = (await db.TaskHandlings.AsNoTracking().Where(h => citizenIds.Contains(h.CitizenId)).ToListAsync(ct))
            .ToDictionary(h => (h.CitizenId, h.Kind, h.SubjectKey));
        var revisions = await Services.Plans.PlanRevisions.FactsAsync(db, citizenIds, ct);
        var dpu = (await db.DpuEntries.AsNoTracking().Where(d => planIds.Contains(d.PlanId)).Select(d => new { d.PlanId, d.MadeOn }).ToListAsync(ct)).ToLookup(d => d.PlanId, d => d.MadeOn);

        var rows = new List<TaskRow>();
        foreach (var c in citizens)
        {
            var plan = plans.FirstOrDefault(p => p.CitizenId == c.Id);
            var input = new DeadlineInput(new CitizenFacts(c.Id, c.BirthDate, c.EnrolledOn, c.DischargedOn))
            {
                AgreedStatusIntervalMonths = c.StatusIntervalMonths,
                Plan = plan is null ? null : new PlanFacts(plan.Id, DateOnly.FromDateTime(plan.CreatedUtc), plan.Kind)
                {
                    Periods = [.. periods[plan.Id].Select(p => new PeriodFacts(p.Id, p.StartedOn, p.ClosedOn))],
                    CompassBegun = plan.CompassBegun,
                    CompassUpdatedOn = plan.CompassUpdatedOn,
                },
                Goals = plan is null ? [] : [.. goals[plan.Id].Select(g => Facts(g, evaluations.GetValueOrDefault(g.Id) is { } e ? new Completion(e.EvaluatedOn, e.Id) : null))],
                Purposes = [.. purposes[c.Id].Select(p => new PurposeFacts(p.Id, p.ReceivedOn))],
                DpuMadeOn = plan is null ? [] : [.. dpu[plan.Id]],
                StatusMeetings = [.. meetings[c.Id].Select(m => new StatusMeetingFacts(m.Id, m.On,
                    m.StatusSentOn is { } sent ? new Completion(sent, m.StatusDisclosureId) : null,
                    m.MinutesSentOn is { } minutes ? new Completion(minutes, m.Id) : null))],
                Consents = [.. consents[c.Id].Select(x => new ConsentFacts(x.Id, x.Description, x.GivenOn, x.ReviewOn, x.WithdrawnOn, x.ValidTo))],
                Reviews = [.. reviews[c.Id]],
                PlanRevisions = [.. revisions.Revisions[c.Id]],
                RevisedPurposes = [.. revisions.Purposes[c.Id]],
            };
            rows.AddRange(Deadlines.For(input, new DeadlineSettings(c.Area), today).Select(d =>
            {
                var handling = handlings.GetValueOrDefault((c.Id, d.Kind, TaskHandling.KeyOf(d.SubjectId)));
                return new TaskRow(d, c.Id, c.Name, c.DepartmentId) { Handling = handling, IsSnoozed = !d.IsDone && handling?.IsSnoozedOn(today) == true };
            }));
        }

        return rows;
    }

    private static GoalFacts Facts(Goal g, Completion? last) =>
        new(g.Id, g.Text, g.IsSubGoal, g.State, g.StartOn, g.NextEvaluationOn, g.EvaluationIntervalMonths,
            ReviewedAtTeamMeeting: EvaluationRules.ReviewedAtTeamMeeting(last is not null),
            last, DateOnly.FromDateTime(g.CreatedUtc));
}
