using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Retning.Domain.Diary;
using Retning.Domain.Plans;

namespace Retning.RawPath;

/// <summary>
/// Page 1 of the diary timeline (src/Retning.Web/Pages/Borgere/Dagbog/Index.cshtml): the 25 newest notes with author,
/// time, sub-goal and score, and the filter form's lists, in one command of six statements. Two things are done as the
/// issue's design asks rather than as the app does today, so the raw path is the yardstick of the target: the count is
/// capped (<see cref="CountCap"/>: "over 1000"), and the author list is the department's staff, not DISTINCT over every note.
/// </summary>
public sealed class DiaryPage
{
    public const int PageSize = 25;
    public const int CountCap = 1000;

    private const string Query = """
        SELECT u."FullName", u."Id" FROM "ContactTeamMembers" m JOIN "AspNetUsers" u ON u."Id" = m."UserId" WHERE m."CitizenId" = @citizen ORDER BY u."FullName";
        SELECT g."Id", g."ParentGoalId", g."Text", g."ThemeKey", g."State" FROM "Goals" g WHERE g."PlanId" = @plan ORDER BY g."StartOn", g."Text";
        SELECT "Id", "Kind", "Name" FROM "DiaryCategories" WHERE "OfferId" = @offer ORDER BY "Order", "Name";
        SELECT v."Id", v."Number", v."Levels" FROM "IndicatorScaleVersions" v WHERE v."ScaleId" IN (SELECT g."IndicatorScaleId" FROM "Goals" g WHERE g."PlanId" = @plan);
        SELECT u."Id", u."FullName" FROM "Memberships" m JOIN "AspNetUsers" u ON u."Id" = m."UserId" WHERE m."DepartmentId" = @department ORDER BY u."FullName";
        SELECT COUNT(*) FROM (SELECT 1 FROM "DiaryEntries" WHERE "CitizenId" = @citizen AND "WrongCitizenMarkedUtc" IS NULL LIMIT 1001) x;
        SELECT "Id", "Kind", "AuthorName", "ObservedAtUtc", "SubGoalId", "ContextId", "NoteTypeId", "Text", "Effect", "CitizenExperience", "ActorName",
               "ScoreValue", "ScaleVersionId", "MissingWorkReason", "IsInternal", "CurrentVersion"
        FROM "DiaryEntries" WHERE "CitizenId" = @citizen AND "WrongCitizenMarkedUtc" IS NULL
        ORDER BY "ObservedAtUtc" DESC, "CreatedUtc" DESC LIMIT 25;
        """;

    public List<string> ContactTeam { get; } = [];
    public List<(Guid Id, Guid? ParentId, string Text, string ThemeKey, bool Active)> Goals { get; } = [];
    public List<(Guid Id, string Kind, string Name)> Categories { get; } = [];
    public Dictionary<Guid, (int Number, List<ScaleLevel> Levels)> Scales { get; } = [];
    public List<(Guid Id, string Name)> Authors { get; } = [];
    public long Total { get; private set; }
    public List<Note> Notes { get; } = [];

    public sealed record Note(Guid Id, DiaryKind Kind, string Author, DateTime ObservedAtUtc, Guid? SubGoalId, Guid? ContextId, Guid? TypeId, string Text, string? Effect,
        string? Experience, string? Actor, int? Score, Guid? ScaleVersionId, MissingWorkReason? Reason, bool IsInternal, int CurrentVersion);

    public string TotalText => Total > CountCap ? $"over {CountCap}" : Total.ToString(CultureInfo.InvariantCulture);

    public static async Task<DiaryPage> LoadAsync(RawDb db, DbConnection connection, CitizenPage citizen, CancellationToken ct)
    {
        var page = new DiaryPage();
        await using var command = connection.Command(Query).With("@citizen", db.Id(citizen.Id)).With("@plan", db.Id(citizen.Plan?.Id ?? Guid.Empty))
            .With("@offer", db.Id(citizen.OfferId)).With("@department", db.Id(citizen.DepartmentId));
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            page.ContactTeam.Add(r.GetString(0));
        }

        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct))
        {
            page.Goals.Add((r.GetGuid(0), r.OptionalId(1), r.GetString(2), r.GetString(3), r.GetString(4) == nameof(GoalState.Active)));
        }

        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct))
        {
            page.Categories.Add((r.GetGuid(0), r.GetString(1), r.GetString(2)));
        }

        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct))
        {
            page.Scales[r.GetGuid(0)] = (r.GetInt32(1), JsonSerializer.Deserialize<List<ScaleLevel>>(r.GetString(2)) ?? []);
        }

        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct))
        {
            page.Authors.Add((r.GetGuid(0), r.GetString(1)));
        }

        await r.NextResultAsync(ct);
        await r.ReadAsync(ct);
        page.Total = r.GetInt64(0);
        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct))
        {
            page.Notes.Add(new Note(r.GetGuid(0), Enum.Parse<DiaryKind>(r.GetString(1)), r.GetString(2), r.GetDateTime(3), r.OptionalId(4), r.OptionalId(5), r.OptionalId(6),
                r.GetString(7), r.Text(8), r.Text(9), r.Text(10), r.IsDBNull(11) ? null : r.GetInt32(11), r.OptionalId(12),
                r.IsDBNull(13) ? null : Enum.Parse<MissingWorkReason>(r.GetString(13)), r.GetBoolean(14), r.GetInt32(15)));
        }

        return page;
    }

    /// <summary>The score as <c>ScoreLabels.Text</c> words it.</summary>
    public string? ScoreText(Note note)
    {
        if (note.Score is not { } value || note.ScaleVersionId is not { } versionId || !Scales.TryGetValue(versionId, out var scale))
        {
            return note.Kind == DiaryKind.SubGoal ? "Ikke vurderet" : null;
        }

        var label = scale.Levels.FirstOrDefault(l => l.Value == value)?.Label ?? value.ToString(CultureInfo.InvariantCulture);
        return scale.Number > 1 ? $"{label} (skala version {scale.Number})" : label;
    }
}
