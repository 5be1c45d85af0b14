using System.Data.Common;
using System.Text.Json;
using Retning.Domain.Plans;

namespace Retning.RawPath;

/// <summary>
/// Everything the plan page shows beyond the citizen's row, in one command of ten statements (one round trip): the
/// contact team, the assessments, the goals with their latest evaluation, the themes' latest evaluations, the purposes,
/// methods, DPUs, open revision requests, status meetings that revised the purpose, and the offer's plan rules.
/// Each statement reads by the citizen's or the plan's id, which <see cref="CitizenPage"/> has already scoped.
/// </summary>
public sealed class PlanData
{
    private const string Query = """
        SELECT u."FullName", u."Id" FROM "ContactTeamMembers" m JOIN "AspNetUsers" u ON u."Id" = m."UserId" WHERE m."CitizenId" = @citizen ORDER BY u."FullName";
        SELECT "ThemeKey", "Resources", "Challenges", "SupportNeed", "UpdatedUtc", "UpdatedBy" FROM "ThemeAssessments" WHERE "PlanId" = @plan;
        SELECT g."Id", g."ParentGoalId", g."ThemeKey", g."Text", g."Type", g."State", g."NextEvaluationOn", e."Id", e."EvaluatedOn", e."Decision", e."Qualitative"
        FROM "Goals" g
        LEFT JOIN "Evaluations" e ON e."Id" = (SELECT x."Id" FROM "Evaluations" x WHERE x."GoalId" = g."Id" ORDER BY x."EvaluatedOn" DESC, x."CreatedUtc" DESC, x."Id" DESC LIMIT 1)
        WHERE g."PlanId" = @plan ORDER BY g."StartOn", g."CreatedUtc";
        SELECT e."ThemeKey", e."EvaluatedOn", e."Development", e."PlanRevisionNeeded"
        FROM "ThemeEvaluations" e WHERE e."PlanId" = @plan ORDER BY e."ThemeKey", e."EvaluatedOn" DESC, e."CreatedUtc" DESC;
        SELECT p."Title", r."Text", r."ReceivedOn", r."Source", (SELECT COUNT(*) FROM "PurposeRevisions" x WHERE x."PurposeId" = p."Id")
        FROM "Purposes" p
        LEFT JOIN "PurposeRevisions" r ON r."Id" = (SELECT x."Id" FROM "PurposeRevisions" x WHERE x."PurposeId" = p."Id" ORDER BY x."EnteredUtc" DESC LIMIT 1)
        WHERE p."CitizenId" = @citizen ORDER BY p."Title";
        SELECT "Name", "HowPractised" FROM "PlanMethods" WHERE "PlanId" = @plan ORDER BY "Name";
        SELECT "MadeOn", "Summary" FROM "DpuEntries" WHERE "PlanId" = @plan ORDER BY "MadeOn" DESC;
        SELECT "Id", "Text", "Source", "RaisedOn" FROM "PlanRevisionRequests" WHERE "CitizenId" = @citizen AND "ResolvedOn" IS NULL ORDER BY "RaisedOn", "CreatedUtc";
        SELECT s."Id", s."On" FROM "StatusMeetings" s WHERE s."CitizenId" = @citizen AND s."CancelledOn" IS NULL AND s."MunicipalityRevisedPurpose"
          AND NOT EXISTS (SELECT 1 FROM "PurposeRevisions" r JOIN "Purposes" p ON p."Id" = r."PurposeId" WHERE p."CitizenId" = @citizen AND r."ReceivedOn" >= s."On");
        SELECT "MaxGoals", "MaxSubGoalsPerGoal", "RequiredGoalKinds" FROM "OfferPlanRules" WHERE "OfferId" = @offer;
        """;

    public List<string> ContactTeam { get; } = [];
    public List<Guid> ContactTeamIds { get; } = [];
    public Dictionary<string, (string? Resources, string? Challenges, string? SupportNeed, DateTime UpdatedUtc, string? UpdatedBy)> Assessments { get; } = new(StringComparer.Ordinal);
    public List<GoalRow> Goals { get; } = [];
    public Dictionary<string, (DateOnly On, string Development, bool RevisionNeeded, int Count)> ThemeEvaluations { get; } = new(StringComparer.Ordinal);
    public List<(string Title, string? Text, DateOnly? ReceivedOn, string? Source, long Revisions)> Purposes { get; } = [];
    public List<(string Name, string? HowPractised)> Methods { get; } = [];
    public List<(DateOnly MadeOn, string? Summary)> Dpu { get; } = [];
    public List<(Guid Id, string Text, string Source, DateOnly RaisedOn)> OpenRevisions { get; } = [];
    public List<(Guid Id, DateOnly On)> AwaitedPurposes { get; } = [];
    public OfferPlanRules? Rules { get; private set; }

    public static async Task<PlanData> LoadAsync(RawDb db, DbConnection connection, CitizenPage citizen, PlanRow plan, CancellationToken ct)
    {
        var data = new PlanData();
        await using var command = connection.Command(Query).With("@citizen", db.Id(citizen.Id)).With("@plan", db.Id(plan.Id)).With("@offer", db.Id(citizen.OfferId));
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            data.ContactTeam.Add(r.GetString(0));
            data.ContactTeamIds.Add(r.GetGuid(1));
        }

        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct))
        {
            data.Assessments[r.GetString(0)] = (r.Text(1), r.Text(2), r.Text(3), r.GetDateTime(4), r.Text(5));
        }

        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct))
        {
            data.Goals.Add(new GoalRow(r.GetGuid(0), r.OptionalId(1), r.GetString(2), r.GetString(3), Enum.Parse<GoalType>(r.GetString(4)), Enum.Parse<GoalState>(r.GetString(5)),
                r.Day(6), r.OptionalId(7), r.Day(8), r.Text(9), r.Text(10)));
        }

        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct))
        {
            // Newest first per theme: the first row is the latest, the rows count the evaluations.
            var key = r.GetString(0);
            data.ThemeEvaluations[key] = data.ThemeEvaluations.TryGetValue(key, out var latest)
                ? latest with { Count = latest.Count + 1 }
                : (r.GetFieldValue<DateOnly>(1), r.GetString(2), r.GetBoolean(3), 1);
        }

        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct))
        {
            data.Purposes.Add((r.GetString(0), r.Text(1), r.Day(2), r.Text(3), r.GetInt64(4)));
        }

        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct))
        {
            data.Methods.Add((r.GetString(0), r.Text(1)));
        }

        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct))
        {
            data.Dpu.Add((r.GetFieldValue<DateOnly>(0), r.Text(1)));
        }

        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct))
        {
            data.OpenRevisions.Add((r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateOnly>(3)));
        }

        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct))
        {
            data.AwaitedPurposes.Add((r.GetGuid(0), r.GetFieldValue<DateOnly>(1)));
        }

        await r.NextResultAsync(ct);
        if (await r.ReadAsync(ct))
        {
            data.Rules = new OfferPlanRules
            {
                OfferId = citizen.OfferId, MaxGoals = r.IsDBNull(0) ? null : r.GetInt32(0), MaxSubGoalsPerGoal = r.IsDBNull(1) ? null : r.GetInt32(1),
                RequiredGoalKinds = r.IsDBNull(2) ? [] : JsonSerializer.Deserialize<List<RequiredGoalKind>>(r.GetString(2)) ?? [],
            };
        }

        return data;
    }
}

/// <summary>A goal or sub-goal as the plan page shows it, with its latest evaluation.</summary>
public sealed record GoalRow(
    Guid Id, Guid? ParentId, string ThemeKey, string Text, GoalType Type, GoalState State, DateOnly? NextEvaluationOn,
    Guid? EvaluationId, DateOnly? EvaluatedOn, string? Decision, string? Conclusion);
