using Microsoft.EntityFrameworkCore;
using Retning.Domain.Consents;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Samtykker;
using Retning.Testing;

namespace Retning.IntegrationTests.Videregivelser;

/// <summary>Arranging plans with content and recorded disclosures straight in the database.</summary>
internal static class DisclosureTestData
{
    /// <summary>
    /// Values for the routes {consentId} and {disclosureId}: a consent with a scanned PDF and a
    /// recorded plan disclosure based on it (the citizen's plan is made when missing), so
    /// …/samtykker/{consentId}/dokument and …/videregivelser/{disclosureId}/plan.docx answer 200.
    /// </summary>
    public static async Task<(Guid ConsentId, Guid DisclosureId)> ConsentAndPlanDisclosureAsync(this RetningApp app, Guid citizenId)
    {
        await app.EnsurePlanAsync(citizenId);
        var consent = await app.AddConsentAsync(citizenId, withDocument: true);
        var disclosure = await app.AddDisclosureAsync(citizenId, d =>
        {
            d.Basis = DisclosureBasis.Consent;
            d.ConsentId = consent.Id;
        });
        return (consent.Id, disclosure.Id);
    }

    /// <summary>A recorded disclosure (by default of the plan's goals to the caseworker, today, by secure mail).</summary>
    public static async Task<Disclosure> AddDisclosureAsync(this RetningApp app, Guid citizenId, Action<Disclosure>? configure = null)
    {
        await using var db = app.CreateSystemDbContext();
        var disclosure = new Disclosure
        {
            CitizenId = citizenId, Subject = DisclosureSubject.Plan, PlanParts = "maal", RecipientName = "Test Sagsbehandler",
            RecipientOrganisation = "Test Kommune", SentOn = app.Today, Channel = DisclosureChannel.SecureMail,
            Basis = DisclosureBasis.MunicipalRequest, RequestParagraph = "11 a", RequestOn = app.Today.AddDays(-3), RequestReference = "REF-1",
            RecordedById = Guid.NewGuid(), RecordedByName = "Test Registrerer", RecordedUtc = app.Clock.GetUtcNow().UtcDateTime,
        };
        configure?.Invoke(disclosure);
        db.Disclosures.Add(disclosure);
        await db.SaveChangesAsync();
        return disclosure;
    }

    /// <summary>Texts in every part of the plan, each unique, so a document can be checked for what it holds.</summary>
    public sealed record PlanTexts(string Purpose, string Assessment, string Goal, string SubGoal, string Method, string Compass, string Dpu);

    /// <summary>A plan with a purpose, an assessed theme, a goal with a sub-goal, a method, the compass and a DPU.</summary>
    public static async Task<PlanTexts> AddPlanContentAsync(this RetningApp app, Guid citizenId)
    {
        var texts = new PlanTexts("Formålstitel Æblegård", "Ressource: synger gerne i koret", "At borgeren cykler til træning",
            "At borgeren pumper cyklen selv", "Metode Lavt Arousal", "Kompas: gynger i haven", "DPU-resumé om leg");
        await app.AddPurposeAsync(citizenId, texts.Purpose);
        var goal = await app.AddGoalAsync(citizenId, texts.Goal);
        await app.AddGoalAsync(citizenId, texts.SubGoal, goal.Id);
        await using var db = app.CreateSystemDbContext();
        var plan = await db.Plans.Include(p => p.TemplateVersion).SingleAsync(p => p.CitizenId == citizenId);
        plan.SympatheticComfort = texts.Compass;
        db.ThemeAssessments.Add(new ThemeAssessment { PlanId = plan.Id, ThemeKey = plan.TemplateVersion!.Themes.OrderBy(t => t.Order).First().Key, Resources = texts.Assessment });
        db.PlanMethods.Add(new PlanMethod { PlanId = plan.Id, Name = texts.Method, HowPractised = "Rolig stemme og få krav" });
        db.DpuEntries.Add(new DpuEntry { PlanId = plan.Id, MadeOn = app.Today.AddMonths(-2), Summary = texts.Dpu });
        await db.SaveChangesAsync();
        return texts;
    }

    public static async Task<List<Disclosure>> DisclosuresOfAsync(this RetningApp app, Guid citizenId)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.Disclosures.AsNoTracking().Where(d => d.CitizenId == citizenId).ToListAsync();
    }
}
