using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Evaluations;
using Retning.Domain.Plans;
using Retning.Domain.Vocabulary;
using Retning.IntegrationTests.Admin.Ffb;
using Retning.IntegrationTests.Dagbog;
using Retning.IntegrationTests.Maal;
using Retning.Testing;
using Task = System.Threading.Tasks.Task;

namespace Retning.IntegrationTests.Api.Fhir;

/// <summary>
/// A demo citizen of Mågen with a plan of two goals, each with a sub-goal scored in the diary, an evaluation, a theme
/// assessment and a plan text (each free text with a marker), the template's themes mapped to FFB as an administrator
/// maps them, and every free text of the plan as stored (to prove they stay home without the text right). The test
/// app seeds no demo plans (Demo:Plans=false), so the plan is made here.
/// </summary>
internal static class FhirExportTestData
{
    public sealed record Arranged(Guid CitizenId, string GoalText, string NoteText, string EvaluationText, IReadOnlyList<string> FreeTexts);

    /// <param name="nth">Which of Mågen's enrolled citizens: each test takes its own, so plans do not mix.</param>
    public static async Task<Arranged> ArrangeAsync(this RetningApp app, int nth)
    {
        var citizenId = (await app.NthCitizenAsync(DemoUsers.Maagen, nth)).Id;
        var marker = Guid.NewGuid().ToString("N")[..8];
        var goal = await app.AddGoalAsync(citizenId, $"Målet om at borgeren handler selv {marker}");
        var subGoal = await app.AddGoalAsync(citizenId, $"Delmålet om at borgeren skriver en indkøbsseddel {marker}", goal.Id);
        var other = await app.AddGoalAsync(citizenId, $"Målet om at borgeren går en tur hver dag {marker}", configure: g => g.Type = GoalType.Maintain);
        var otherSub = await app.AddGoalAsync(citizenId, $"Delmålet om at borgeren selv tager skoene på {marker}", other.Id);
        var noteText = $"Notatets tekst om indkøbssedlen {marker}";
        await app.AddDiaryNoteAsync(citizenId, subGoal.Id, score: 1, daysAgo: 3, text: $"Et ældre notat om indkøbssedlen {marker}");
        await app.AddDiaryNoteAsync(citizenId, subGoal.Id, score: 2, text: noteText);
        await app.AddDiaryNoteAsync(citizenId, otherSub.Id, score: 3, text: $"Notatets tekst om skoene {marker}");
        var evaluationText = $"Evalueringens kvalitative vurdering {marker}";
        await using var db = app.CreateSystemDbContext();
        db.Evaluations.Add(new Evaluation
        {
            CitizenId = citizenId, GoalId = goal.Id, EvaluatedOn = app.Today, PeriodFrom = app.Today.AddMonths(-3), PeriodTo = app.Today,
            Participants = "Teammødet", CitizenInvolvement = $"Samtale med borgeren om indkøb {marker}", Qualitative = evaluationText,
            Decision = EvaluationDecision.Continue, NextEvaluationOn = app.Today.AddMonths(3), AuthorId = Guid.NewGuid(), AuthorName = "Test Forfatter",
        });
        var plan = await db.Plans.Include(p => p.TemplateVersion).Include(p => p.Assessments).SingleAsync(p => p.CitizenId == citizenId);
        plan.CitizenPerspective = $"Borgeren vil gerne klare mere selv {marker}";
        if (plan.Assessments.All(a => a.ThemeKey != goal.ThemeKey))
        {
            db.Add(new ThemeAssessment { PlanId = plan.Id, ThemeKey = goal.ThemeKey, Resources = $"Borgerens ressourcer i temaet {marker}" });
        }

        await MapThemesAsync(db, plan.TemplateVersion!);
        await db.SaveChangesAsync();
        var freeTexts = await FreeTextsAsync(db, plan.Id, citizenId);
        return new Arranged(citizenId, goal.Text, noteText, evaluationText, freeTexts);
    }

    public static Bundle Parse(string json) =>
        JsonSerializer.Deserialize<Bundle>(json, new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector))!;

    public static IEnumerable<T> Resources<T>(this Bundle bundle) where T : Resource => bundle.Entry.Select(e => e.Resource).OfType<T>();

    public static bool IsFfb(this CodeableConcept? concept) => concept?.Coding.Any(c => c.System == FfbCodeSystem.SystemUri && !string.IsNullOrEmpty(c.Code)) == true;

    /// <summary>Every theme of the plan's template mapped to one FFB condition, as an administrator would at /admin/ffb.</summary>
    private static async Task MapThemesAsync(AppDbContext db, TemplateVersion template)
    {
        var mapped = await db.FfbMappings.Where(m => m.Kind == FfbKind.Theme && m.OwnerId == template.TemplateId).Select(m => m.ItemKey).ToListAsync();
        foreach (var theme in template.Themes.Where(t => !mapped.Contains(t.Key)))
        {
            db.FfbMappings.Add(new FfbMapping
            {
                Kind = FfbKind.Theme, OwnerId = template.TemplateId, ItemKey = theme.Key, Code = FfbMappingTestKit.Relations,
                CodeSystemVersion = FfbCodeSystem.Current.Version, ChangedByName = "Test",
            });
        }
    }

    /// <summary>The plan's free texts that are long enough not to be mistaken for a code's display.</summary>
    private static async Task<IReadOnlyList<string>> FreeTextsAsync(AppDbContext db, Guid planId, Guid citizenId)
    {
        var plan = await db.Plans.AsNoTracking().AsSplitQuery().Include(p => p.Goals).Include(p => p.Assessments).SingleAsync(p => p.Id == planId);
        var goalIds = plan.Goals.Select(g => g.Id).ToList();
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => goalIds.Contains(e.GoalId)).ToListAsync();
        var notes = await db.DiaryEntries.AsNoTracking().Where(e => e.CitizenId == citizenId && e.ScoreValue != null).Select(e => e.Text).ToListAsync();
        IEnumerable<string?> texts =
        [
            plan.CitizenPerspective, plan.Participation, plan.OfferAdditions, plan.ApproachesText,
            .. plan.Goals.SelectMany(g => new[] { g.Text, g.Rationale, g.CitizenParticipation, g.Measure }),
            .. plan.Assessments.SelectMany(a => new[] { a.Resources, a.Challenges, a.SupportNeed }),
            .. evaluations.SelectMany(e => new[] { e.Qualitative, e.CitizenInvolvement, e.QuantitativeComment }),
            .. notes,
        ];
        return [.. texts.OfType<string>().Select(t => t.Trim()).Where(t => t.Length >= 20).Distinct()];
    }
}
