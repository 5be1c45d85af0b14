using Microsoft.EntityFrameworkCore;
using Retning.Domain.Citizens;
using Retning.Domain.Diary;
using Retning.Domain.Plans;
using Retning.Domain.Quality;
using Retning.Domain.Status;
using Retning.IntegrationTests.Evalueringer;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Perioder;
using Retning.IntegrationTests.Planer;
using Retning.IntegrationTests.Samtykker;
using Retning.IntegrationTests.Status;
using Retning.IntegrationTests.Statusmoeder;
using Retning.IntegrationTests.Videregivelser;
using Retning.Testing;
using Retning.Web.Pages.Borgere.Plan.Perioder;

namespace Retning.IntegrationTests.Borgere.Indsigt;

/// <summary>The ids and unique texts of a citizen's full record, to find each kind of data again.</summary>
public sealed record CitizenRecord(
    string Tag, Citizen Citizen, Guid PurposeId, string FirstWording, string SecondWording, Guid GoalId, Guid SubGoalId, Guid CorrectedNoteId,
    string FirstNoteText, string CorrectedNoteText, Guid EvaluationId, Guid StatusId, Guid MeetingId, Guid ConsentId, Guid DisclosureId, Guid ClosedPeriodId);

/// <summary>
/// A fresh citizen with every kind of data Retning holds: a purpose reworded once, a plan with a
/// closed period (snapshot), a goal and a scored sub-goal, a corrected note (2 versions), an
/// evaluation, a status with an approved revision and events, a meeting with minutes, a consent with
/// its document, a disclosure and a revision request. Used by the export and the erasure tests.
/// </summary>
internal static class CitizenRecordTestData
{
    public static async Task<CitizenRecord> NewCitizenWithFullRecordAsync(this RetningApp app, string department, string tag, params string[] contactTeam)
    {
        var citizen = await app.NewCitizenAsync(department, contactTeam);
        var plan = await app.CreatePlanAsync(citizen.Id, app.Today.AddDays(-90));
        var (first, second) = ($"Første formulering {tag}", $"Anden formulering {tag}");
        var purposeId = await app.AddPurposeAsync(citizen.Id, $"Formål {tag}");
        var (goalId, subGoalId, _) = await app.AddStatusWorthyPlanAsync(citizen.Id, $"Mål {tag}", $"Delmål {tag}", $"Andet mål {tag}");
        await using (var db = app.CreateSystemDbContext())
        {
            var revisions = await db.PurposeRevisions.Where(r => r.PurposeId == purposeId).ToListAsync();
            revisions[0].Text = first;
            db.PurposeRevisions.Add(new PurposeRevision
            {
                PurposeId = purposeId, Text = second, ReceivedOn = app.Today.AddDays(-5), Source = PurposeSource.ActionPlan140,
                EnteredByName = "Test", EnteredUtc = app.Clock.GetUtcNow().UtcDateTime,
            });
            db.Representatives.Add(new Representative { CitizenId = citizen.Id, Kind = RepresentativeKind.Guardian, Name = $"Værge {tag}", Phone = "12345678" });
            await db.SaveChangesAsync();
        }

        var (noteId, firstText, correctedText) = await CorrectOneNoteAsync(app, citizen.Id, tag);
        var closedPeriodId = await ClosePeriodAsync(app, citizen.Id, plan.Id);
        var evaluationId = await app.AddEvaluationAsync(citizen.Id, goalId);
        var statusId = await app.AddDraftStatusAsync(citizen.Id);
        await ApproveStatusAsync(app, statusId, tag);
        var meetingId = await app.AddMeetingAsync(citizen.Id, app.Today.AddDays(-10), m =>
        {
            m.MinutesState = MinutesState.Approved;
            m.MinutesAgreements = $"Aftale {tag}";
        });
        var consent = await app.AddConsentAsync(citizen.Id, withDocument: true);
        var disclosure = await app.AddDisclosureAsync(citizen.Id, d => d.Note = $"Videregivelse {tag}");
        await app.AddPlanRevisionAsync(citizen.Id, $"Revision {tag}");
        await AddQualityReviewAsync(app, citizen.Id, plan.Id, tag);
        return new CitizenRecord(tag, citizen, purposeId, first, second, goalId, subGoalId, noteId, firstText, correctedText,
            evaluationId, statusId, meetingId, consent.Id, disclosure.Id, closedPeriodId);
    }

    /// <summary>The plan drawn for a monitoring round, reviewed, and the citizen interviewed (indicator 8).</summary>
    private static async Task AddQualityReviewAsync(RetningApp app, Guid citizenId, Guid planId, string tag)
    {
        var reviewer = await app.UserIdAsync(DemoUsers.Kvalitet);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await using var db = app.CreateSystemDbContext();
        var department = await db.Citizens.Where(c => c.Id == citizenId).Select(c => new { c.DepartmentId, c.Department!.Offer!.RegionId }).SingleAsync();
        var round = new MonitoringRound
        {
            RegionId = department.RegionId, Title = $"Runde {tag}", PeriodFrom = app.Today.AddMonths(-6), PeriodTo = app.Today, DueOn = app.Today.AddMonths(1),
            CreatedByUserId = reviewer, CreatedUtc = now, ReviewerUserId = reviewer, SampleSize = 1, Seed = 1, SampledUtc = now,
        };
        round.Departments.Add(new RoundDepartment { RoundId = round.Id, DepartmentId = department.DepartmentId });
        var sample = new RoundSample { RoundId = round.Id, CitizenId = citizenId, PlanId = planId, DepartmentId = department.DepartmentId, Position = 1 };
        db.MonitoringRounds.Add(round);
        db.RoundSamples.Add(sample);
        db.PlanReviews.Add(new PlanReview
        {
            SampleId = sample.Id, RoundId = round.Id, CitizenId = citizenId, Role = ReviewerRole.First, ReviewerUserId = reviewer,
            Coherence = ReviewRating.PartlyMet, CoherenceComment = $"Gennemgang {tag}", SavedUtc = now,
        });
        db.CitizenInterviews.Add(new CitizenInterview
        {
            SampleId = sample.Id, RoundId = round.Id, CitizenId = citizenId, Respondent = InterviewRespondent.Citizen, InterviewedOn = app.Today,
            RecordedByUserId = reviewer, Answer1 = InterviewAnswer.Yes, Answer2 = InterviewAnswer.CouldNotAnswer, Comment = $"Samtale {tag}", SavedUtc = now,
        });
        await db.SaveChangesAsync();
    }

    private static async Task<(Guid NoteId, string First, string Corrected)> CorrectOneNoteAsync(RetningApp app, Guid citizenId, string tag)
    {
        await using var db = app.CreateSystemDbContext();
        var entry = await db.DiaryEntries.Include(e => e.Versions).Where(e => e.CitizenId == citizenId).OrderBy(e => e.ObservedAtUtc).FirstAsync();
        var first = entry.Text;
        var content = new NoteContent { Text = "" };
        DiaryContent.Copy(entry, content);
        content.Text = $"Rettet notat {tag}";
        var version = DiaryRules.Correct(entry, content, Guid.NewGuid(), "Test Retter", "Forkert dato", app.Clock.GetUtcNow().UtcDateTime, out var problem)
            ?? throw new InvalidOperationException(problem);
        db.DiaryEntryVersions.Add(version);
        await db.SaveChangesAsync();
        return (entry.Id, first, content.Text);
    }

    private static async Task<Guid> ClosePeriodAsync(RetningApp app, Guid citizenId, Guid planId)
    {
        await using var db = app.CreateSystemDbContext();
        var citizen = await db.Citizens.Include(c => c.Department).SingleAsync(c => c.Id == citizenId);
        var plan = await db.Plans.SingleAsync(p => p.Id == planId);
        var outcome = await PlanPeriods.CloseAsync(db, citizen, plan, "Test Leder", app.Clock.GetUtcNow().UtcDateTime, app.Today, default);
        await db.SaveChangesAsync();
        return outcome.Closed!.Id;
    }

    private static async Task ApproveStatusAsync(RetningApp app, Guid statusId, string tag)
    {
        await using var db = app.CreateSystemDbContext();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        db.StatusRevisions.Add(new StatusRevision
        {
            StatusReportId = statusId, Number = 1, ContentJson = $$"""{"Tekst":"Status {{tag}}"}""", ApprovedById = Guid.NewGuid(), ApprovedByName = "Test Leder", ApprovedUtc = now,
        });
        db.StatusEvents.Add(new StatusEvent { StatusReportId = statusId, Kind = StatusEventKind.Approved, RevisionNumber = 1, UserName = "Test Leder", AtUtc = now });
        await db.SaveChangesAsync();
    }
}
