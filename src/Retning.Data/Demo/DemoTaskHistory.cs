using Retning.Domain.Citizens;
using Retning.Domain.Evaluations;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;
using Retning.Domain.Status;

namespace Retning.Data.Demo;

/// <summary>
/// What the demo's history adds beside the plans with goals: held meetings, the statuses waiting for approval,
/// and the bare plans (no goals yet) of the other enrolled citizens.
/// </summary>
internal sealed record DemoHistory(List<StatusMeeting> HeldMeetings, List<StatusReport> Statuses, List<StatusEvent> Events, List<Purpose> Purposes, List<Evaluation> Evaluations, List<Plan> BarePlans);

/// <summary>
/// The work a living offer has already done, so a new user sees a realistic handful of tasks rather
/// than years of overdue ones: each planned citizen's DPU made within the last two years
/// and autonomic compass begun, the previous status meeting held with the status sent and the minutes
/// sent and journalised; and, in each department with a department head, one status for the coming
/// meeting waiting for her approval, so the approval flow can be tried at once. The other enrolled citizens
/// with a contact team get a bare plan holding their DPU and compass (the deadlines read both from the plan).
/// </summary>
internal static class DemoTaskHistory
{
    public static DemoHistory Add(IReadOnlyList<Plan> plans, IReadOnlyList<Citizen> citizens, IReadOnlyList<StatusMeeting> upcoming,
        IReadOnlyList<Department> departments, IReadOnlyList<PlanTemplate> templates, IReadOnlyDictionary<Guid, string> staffNames, DateOnly today, DateTime nowUtc)
    {
        var history = new DemoHistory([], [], [], [], [], []);
        foreach (var plan in plans)
        {
            var citizen = citizens.Single(c => c.Id == plan.CitizenId);
            var planStart = plan.Periods.Min(p => p.StartedOn);
            AddAssessments(plan, citizen, planStart.AddDays(14), today);
            AddFirstReviews(history, plan, citizen, staffNames, today);
            var next = upcoming.Single(m => m.CitizenId == citizen.Id);
            if (PreviousMeeting(citizen, next, staffNames, today) is { } held)
            {
                history.HeldMeetings.Add(held);
            }
        }

        // The other enrolled citizens have a bare plan their contact team has just begun (no goals yet), holding the
        // DPU and compass already made; and their purpose and last status meeting recorded, so the lists show what
        // is due next, not years of arrears.
        foreach (var citizen in citizens.Where(c => c.DischargedOn is null && plans.All(p => p.CitizenId != c.Id) && c.ContactTeam.Count > 0))
        {
            history.BarePlans.Add(BarePlan(citizen, departments, templates, today));
            history.Purposes.Add(EarlierPurpose(citizen, staffNames));
            var child = AgeRules.AgeOn(citizen.BirthDate, today) < AgeRules.AdultAge;
            var nextOn = today.AddDays(20 + (citizen.CprDigits[^2] - '0') * (child ? 10 : 25));
            if (PreviousMeeting(citizen, new StatusMeeting { CitizenId = citizen.Id, On = nextOn }, staffNames, today) is { } held)
            {
                history.HeldMeetings.Add(held);
            }
        }

        // One status per department with a head, for the planned citizen first by name: ready for her approval.
        foreach (var department in departments.Where(d => DemoStaff.All.Any(s => s.Role == StaffRole.DepartmentHead && s.Departments.Contains(d.Name))).OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var citizen = citizens.Where(c => c.DepartmentId == department.Id && plans.Any(p => p.CitizenId == c.Id))
                .OrderBy(c => c.LastName, StringComparer.Ordinal).ThenBy(c => c.FirstName, StringComparer.Ordinal).FirstOrDefault();
            if (citizen is null)
            {
                continue;
            }

            var plan = plans.Single(p => p.CitizenId == citizen.Id);
            var meeting = upcoming.Single(m => m.CitizenId == citizen.Id);
            var previous = history.HeldMeetings.FirstOrDefault(m => m.CitizenId == citizen.Id);
            var writer = citizen.ContactTeam.Select(m => staffNames.GetValueOrDefault(m.UserId)).OfType<string>().FirstOrDefault() ?? "Kontaktteamet";
            var writerId = citizen.ContactTeam.FirstOrDefault()?.UserId;
            AwaitingApproval(history, citizen, plan, meeting, previous?.On.AddDays(1) ?? plan.Periods.Min(p => p.StartedOn), writer, writerId, today, nowUtc);
        }

        return history;
    }

    /// <summary>
    /// Each goal and sub-goal reviewed at a team meeting one to two months ago (a new goal is
    /// reviewed at the first team meeting: docs/domain.md, "Evaluations"), deciding to continue to the goal's next evaluation date —
    /// so the evaluations due are the coming ones (and the one the demo keeps overdue), not every goal at once.
    /// </summary>
    private static void AddFirstReviews(DemoHistory history, Plan plan, Citizen citizen, IReadOnlyDictionary<Guid, string> staffNames, DateOnly today)
    {
        var on = today.AddDays(-(35 + (citizen.CprDigits[^3] - '0') * 2));
        var author = citizen.ContactTeam.FirstOrDefault()?.UserId ?? Guid.Empty;
        var authorName = staffNames.GetValueOrDefault(author) ?? "Kontaktteamet";
        foreach (var goal in plan.Goals.Where(g => g.StartOn < on))
        {
            history.Evaluations.Add(new Evaluation
            {
                CitizenId = citizen.Id, GoalId = goal.Id, EvaluatedOn = on, PeriodFrom = goal.StartOn, PeriodTo = on,
                Participants = $"Kontaktteamet ({authorName}) og afdelingslederen på teammødet",
                CitizenInvolvement = $"{citizen.FirstName} fortalte før mødet, hvordan det går, og hvad der er svært.",
                Qualitative = $"{(goal.IsSubGoal ? "Delmålet" : "Målet")} er gennemgået på det første teammøde efter oprettelsen. Arbejdet er kommet godt i gang, og indsatsen fortsætter som beskrevet.",
                Decision = EvaluationDecision.Continue, NextEvaluationOn = goal.NextEvaluationOn,
                PlanRevisionNeeded = false, AuthorId = author, AuthorName = authorName,
            });
        }
    }

    /// <summary>The purpose from the municipality's action plan, received shortly after enrolment.</summary>
    private static Purpose EarlierPurpose(Citizen citizen, IReadOnlyDictionary<Guid, string> staffNames)
    {
        var child = citizen.BirthDate.AddYears(AgeRules.AdultAge) > citizen.EnrolledOn;
        var receivedOn = citizen.EnrolledOn.AddDays(10);
        var enteredBy = citizen.ContactTeam[0].UserId;
        var purpose = new Purpose { CitizenId = citizen.Id, Title = child ? "Trivsel og udvikling" : "Et selvstændigt hverdagsliv" };
        purpose.Revisions.Add(new PurposeRevision
        {
            PurposeId = purpose.Id,
            Text = child
                ? $"At {citizen.FirstName} trives og udvikler sig alderssvarende med en stabil voksenkontakt, skolegang og kontakt til familien."
                : $"At {citizen.FirstName} mestrer flere af hverdagens opgaver selv og har et socialt liv uden for tilbuddet.",
            ReceivedOn = receivedOn,
            Source = child ? PurposeSource.ActionPlan140 : PurposeSource.ActionPlan141,
            SourceReference = $"Handleplan af {(receivedOn.AddDays(-7)).ToDanishDate()}" + (citizen.Municipality is null ? string.Empty : ", " + citizen.Municipality),
            EnteredByUserId = enteredBy,
            EnteredByName = staffNames.GetValueOrDefault(enteredBy) ?? "Kontaktteamet",
            EnteredUtc = receivedOn.AddDays(1).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
        });
        return purpose;
    }

    /// <summary>
    /// A plan made as the plan page makes it (<c>PlanService.CreateAsync</c>): the template the citizen's age calls for,
    /// in its newest version, with the first period open from the day it was made, one to four weeks ago. No goals:
    /// the contact team is still writing them. A citizen enrolled eight months or more has the DPU and compass made
    /// (<see cref="AddAssessments"/>), the compass last updated within the last half year; one enrolled more recently
    /// has both still ahead (compass at six months, DPU within the first year).
    /// </summary>
    private static Plan BarePlan(Citizen citizen, IReadOnlyList<Department> departments, IReadOnlyList<PlanTemplate> templates, DateOnly today)
    {
        var offerId = departments.Single(d => d.Id == citizen.DepartmentId).OfferId;
        var kind = AgeRules.TemplateFor(citizen.BirthDate, today) == PlanTemplateKind.Ics ? TemplateKind.Ics : TemplateKind.Vum;
        var version = templates.Single(t => t.OfferId == offerId && t.Kind == kind).Current;
        var digit = citizen.CprDigits[^3] - '0';
        var madeOn = today.AddDays(-(7 + (digit * 3)));
        var plan = new Plan { CitizenId = citizen.Id, TemplateVersionId = version.Id };
        plan.Periods.Add(new PlanPeriod { PlanId = plan.Id, Number = 1, StartedOn = madeOn < citizen.EnrolledOn ? citizen.EnrolledOn : madeOn });
        if (citizen.EnrolledOn.AddMonths(8) <= today)
        {
            var compassOn = today.AddDays(-(30 + (digit * 15)));
            AddAssessments(plan, citizen, compassOn < citizen.EnrolledOn.AddDays(150) ? citizen.EnrolledOn.AddDays(150) : compassOn, today);
        }

        return plan;
    }

    /// <summary>The DPU made within the last two years (after enrolment), and the compass begun (or last updated) on a day.</summary>
    private static void AddAssessments(Plan plan, Citizen citizen, DateOnly compassOn, DateOnly today)
    {
        var dpuOn = today.AddDays(-(200 + (citizen.CprDigits[^2] - '0') * 40));
        plan.DpuEntries.Add(new DpuEntry
        {
            PlanId = plan.Id, MadeOn = dpuOn < citizen.EnrolledOn ? citizen.EnrolledOn.AddDays(60) : dpuOn,
            Summary = $"DPU udarbejdet af kontaktteamet. {citizen.FirstName}s styrker og udviklingsområder er beskrevet og drøftet med netværket.",
        });
        plan.SympatheticComfort = "Rolige voksne, faste rutiner og at vide, hvad der skal ske.";
        plan.SympatheticDiscomfort = "Larm, uventede skift og mange mennesker på én gang.";
        plan.ParasympatheticComfort = "Musik, tæppe i sofaen og en voksen i nærheden.";
        plan.ParasympatheticDiscomfort = "Lange ventetider uden noget at lave.";
        plan.CompassUpdatedOn = compassOn;
    }

    /// <summary>
    /// The status meeting before the coming one, one status interval earlier, held with the status sent
    /// 16 days before and the minutes sent within the 7 days and journalised; none when that lies before enrolment.
    /// </summary>
    private static StatusMeeting? PreviousMeeting(Citizen citizen, StatusMeeting next, IReadOnlyDictionary<Guid, string> staffNames, DateOnly today)
    {
        var child = AgeRules.AgeOn(citizen.BirthDate, today) < AgeRules.AdultAge;
        var on = next.On.AddMonths(child ? -6 : -12);
        if (on <= citizen.EnrolledOn.AddDays(30) || on >= today)
        {
            return null;
        }

        var team = string.Join(", ", citizen.ContactTeam.Select(m => staffNames.GetValueOrDefault(m.UserId)).OfType<string>());
        var meeting = new StatusMeeting
        {
            CitizenId = citizen.Id, On = on, At = new TimeOnly(10, 0), Place = "Tilbuddets mødelokale",
            Agenda = "1. Status siden sidst\n2. Borgerens perspektiv\n3. Mål frem til næste møde",
            StatusSentOn = on.AddDays(-16),
            MinutesState = MinutesState.Journalised,
            MinutesAttendance = $"{citizen.CaseworkerName ?? "Rådgiveren"} (rådgiver), {citizen.FullName}, {team} (kontaktteam)",
            MinutesDiscussion = "Status siden sidst blev gennemgået. Der er fremgang i de fleste mål.",
            MinutesAgreements = "Målene fortsætter; kontaktteamet beskriver næste skridt i planen.",
            MinutesNextSteps = $"Næste statusmøde {next.On.ToDanishDate()}.",
            MinutesWrittenBy = team.Split(", ")[0], MinutesApprovedBy = "Afdelingslederen",
            MinutesApprovedUtc = on.AddDays(3).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
            MinutesSentOn = on.AddDays(4), MinutesJournalisedOn = on.AddDays(5),
        };
        meeting.Participants.Add(new MeetingParticipant { MeetingId = meeting.Id, Role = ParticipantRole.Caseworker, Name = citizen.CaseworkerName ?? "Kommunens rådgiver", Contact = citizen.CaseworkerEmail });
        meeting.Participants.Add(new MeetingParticipant { MeetingId = meeting.Id, Role = ParticipantRole.Citizen, Name = citizen.FullName });
        return meeting;
    }

    private static void AwaitingApproval(DemoHistory history, Citizen citizen, Plan plan, StatusMeeting meeting, DateOnly from, string writer, Guid? writerId, DateOnly today, DateTime nowUtc)
    {
        var report = new StatusReport
        {
            CitizenId = citizen.Id, PeriodFrom = from, PeriodTo = today, StatusDate = meeting.On, MeetingId = meeting.Id,
            Layout = StatusLayoutRules.For(citizen.BirthDate, meeting.On), State = StatusState.AwaitingApproval, CreatedBy = writer,
        };
        var who = citizen.FirstName;
        report.Sections =
        [
            Section(report, StatusSectionKey.Resources,
                $"{who} har i perioden vist flere ressourcer i hverdagen og tager oftere selv initiativ. Udfordringerne ligger fortsat i skift og nye situationer, hvor der er brug for en voksen tæt på.",
                "Fortsat støtte ved skift og i nye situationer; støtten trappes ned, hvor det går godt."),
            Section(report, StatusSectionKey.Goals, null, "Målene fortsætter frem til næste status; delmålene justeres efter næste evaluering."),
            Section(report, StatusSectionKey.Interventions, string.Join("\n", plan.Goals.SelectMany(g => g.Interventions).Select(i => "- " + i.What).Distinct()), "Indsatserne fortsætter som beskrevet i planen."),
            Section(report, StatusSectionKey.Results, $"{who} klarer flere af dagens opgaver med mindre støtte end ved sidste status.", null),
            Section(report, StatusSectionKey.Approaches, string.Join("\n", plan.Methods.Select(m => $"{m.Name}: {m.HowPractised}")), null),
            Section(report, StatusSectionKey.TargetGroup, string.Join("\n", new[] { ("Målgruppe", citizen.TargetGroup), ("Kategori", citizen.Category), ("Støttebehov", citizen.SupportLevel) }
                .Where(x => !string.IsNullOrWhiteSpace(x.Item2)).Select(x => $"{x.Item1}: {x.Item2}")), null),
        ];
        report.Goals = [.. plan.Goals.Where(g => g.IsOpen).Select(g => new StatusGoal { StatusReportId = report.Id, GoalId = g.Id })];
        history.Statuses.Add(report);
        history.Events.Add(new StatusEvent { StatusReportId = report.Id, Kind = StatusEventKind.Created, RevisionNumber = 1, UserId = writerId, UserName = writer, AtUtc = nowUtc.AddDays(-6) });
        history.Events.Add(new StatusEvent { StatusReportId = report.Id, Kind = StatusEventKind.SubmittedForApproval, RevisionNumber = 1, UserId = writerId, UserName = writer, AtUtc = nowUtc.AddDays(-2) });
    }

    private static StatusSection Section(StatusReport report, StatusSectionKey key, string? since, string? ahead) =>
        new() { StatusReportId = report.Id, Key = key, SinceText = since, AheadText = ahead };
}
