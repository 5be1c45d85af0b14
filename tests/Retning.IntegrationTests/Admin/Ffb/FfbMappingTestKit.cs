using Microsoft.EntityFrameworkCore;
using Retning.Domain.Plans;
using Retning.Domain.Vocabulary;
using Retning.Testing;
using Retning.Web.Services.Vocabulary;

namespace Retning.IntegrationTests.Admin.Ffb;

/// <summary>The demo offer's templates and scales, local scales to map, and the stored mappings, for the /admin/ffb tests.</summary>
public static class FfbMappingTestKit
{
    public const string Page = "/admin/ffb";
    public const string Relations = "3856b434-f72e-42a5-b9d1-0cc93f48434b";
    public const string Memory = "61452fe5-cea2-4d92-b2f1-406e9a5d31cb";
    public const string HighNeed = "b99a0790-4d70-4152-b149-3fe58b745583";
    public const string LightNeed = "dd628e73-d6c9-4837-a2b8-aa62d73bd6ae";

    public static async Task<Guid> DemoOfferAsync(this RetningApp app)
    {
        var departmentId = await app.DepartmentIdAsync(DemoUsers.Maagen);
        await using var db = app.CreateSystemDbContext();
        return await db.Departments.Where(d => d.Id == departmentId).Select(d => d.OfferId).SingleAsync();
    }

    public static async Task<Guid> TemplateAsync(this RetningApp app, Guid offerId, TemplateKind kind)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.PlanTemplates.Where(t => t.OfferId == offerId && t.Kind == kind).Select(t => t.Id).FirstAsync();
    }

    public static async Task<Guid> DefaultScaleAsync(this RetningApp app, Guid offerId)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.IndicatorScales.Where(s => s.OfferId == offerId && s.IsDefault).Select(s => s.Id).FirstAsync();
    }

    /// <summary>A local scale of the offer with three levels (0–2), as an offer head would add it.</summary>
    public static async Task<Guid> LocalScaleAsync(this RetningApp app, Guid offerId, string name)
    {
        await using var db = app.CreateSystemDbContext();
        var scale = new IndicatorScale { OfferId = offerId, Name = name };
        scale.NewVersion([new() { Value = 0, Label = "Klarer selv" }, new() { Value = 1, Label = "Lidt hjælp" }, new() { Value = 2, Label = "Meget hjælp" }],
            "Test", app.Clock.GetUtcNow().UtcDateTime);
        db.IndicatorScales.Add(scale);
        await db.SaveChangesAsync();
        return scale.Id;
    }

    public static async Task<FfbMapping?> MappingAsync(this RetningApp app, FfbKind kind, Guid ownerId, string key)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.FfbMappings.AsNoTracking().SingleOrDefaultAsync(m => m.Kind == kind && m.OwnerId == ownerId && m.ItemKey == key);
    }

    public static async Task<int> MappingCountAsync(this RetningApp app)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.FfbMappings.CountAsync();
    }

    /// <summary>The lookup the API and the FHIR export call, on a system context.</summary>
    public static async Task<T> LookupAsync<T>(this RetningApp app, Func<FfbCodeLookup, Task<T>> ask)
    {
        await using var db = app.CreateSystemDbContext();
        return await ask(new FfbCodeLookup(db));
    }

    public static string ThemeForm(Guid offerId, Guid templateId, string key) => $"{Page}?tilbud={offerId}&skabelon={templateId}&tema={key}";

    public static string LevelForm(Guid offerId, Guid scaleId, int value) => $"{Page}?tilbud={offerId}&skala={scaleId}&niveau={value}";

    public static Dictionary<string, string?> Code(string? code) => new() { ["Input.Code"] = code ?? string.Empty };
}
