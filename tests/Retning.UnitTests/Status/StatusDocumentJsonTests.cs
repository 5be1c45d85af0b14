using System.Collections;
using System.Reflection;
using System.Text.Json;
using Retning.Domain.Status;
using Retning.Documents.Status;

namespace Retning.UnitTests.Status;

/// <summary>The frozen form of an approved status: JSON that reads back to exactly what was written.</summary>
public sealed class StatusDocumentJsonTests
{
    [Fact]
    public void Every_value_survives_a_round_trip_including_nested_goals_evaluations_and_scores()
    {
        var content = StatusDocumentSample.Content();

        var back = StatusContentJson.Deserialize(StatusContentJson.Serialize(content));

        AssertDeepEqual(content, back, "content");
        Assert.Equal(content.RunningHeader, back.RunningHeader);
        Assert.Equal(StatusDocumentSample.Goals()[1].Indicator!.Scores[5], back.Goals[1].Indicator!.Scores[5]);
    }

    [Fact]
    public void Nulls_and_empty_lists_survive_too()
    {
        var content = new StatusContent
        {
            CitizenName = "Bo", MaskedCpr = "010101-xxxx", Department = "Øst", Layout = StatusLayout.Vum,
            PeriodFrom = new DateOnly(2026, 1, 1), PeriodTo = new DateOnly(2026, 12, 31), StatusDate = new DateOnly(2027, 1, 5), RevisionNumber = 1,
            Sections = [new SectionContent(StatusSectionKey.Results, "Opnåede resultater", "Opnåede resultater i perioden", null, null, null)],
            Goals = [new GoalContent { Id = Guid.NewGuid(), Theme = "Sundhed", Text = "Gå tur", State = "Aktiv", Indicator = new IndicatorContent { ScaleName = "FFB" } }],
        };

        var back = StatusContentJson.Deserialize(StatusContentJson.Serialize(content));

        AssertDeepEqual(content, back, "content");
        Assert.Null(back.Municipality);
        Assert.Null(back.ApprovedOn);
        Assert.Empty(back.Goals[0].Indicator!.Scores);
    }

    [Fact]
    public void The_json_is_camel_case_with_enum_names_and_iso_dates_and_no_computed_header()
    {
        var json = StatusContentJson.Serialize(StatusDocumentSample.Content());

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("Ida Ærbøl Søndergaard", root.GetProperty("citizenName").GetString());
        Assert.Equal("ics", root.GetProperty("layout").GetString());
        Assert.Equal("2026-03-01", root.GetProperty("periodFrom").GetString());
        Assert.Equal("2026-09-03", root.GetProperty("approvedOn").GetString());
        Assert.Equal("resources", root.GetProperty("sections")[0].GetProperty("key").GetString());
        Assert.Equal("2026-03-03", root.GetProperty("goals")[1].GetProperty("indicator").GetProperty("scores")[0].GetProperty("on").GetString());
        Assert.False(root.TryGetProperty("runningHeader", out _));
    }

    [Fact]
    public void A_status_approved_with_one_purpose_text_reads_back_with_that_purpose()
    {
        var old = System.Text.Json.Nodes.JsonNode.Parse(StatusContentJson.Serialize(StatusDocumentSample.Content()))!.AsObject();
        old.Remove("purposes");
        old["purpose"] = "Ida skal i skole";

        var back = StatusContentJson.Deserialize(old.ToJsonString());

        Assert.Equal([new PurposeContent(string.Empty, "Ida skal i skole")], back.Purposes);
    }

    [Theory]
    [InlineData("{\"citizenName\":\"Bo\"}")] // required values missing
    [InlineData("{\"citizenName\":\"Bo\",\"maskedCpr\":\"x\",\"department\":\"d\",\"layout\":1,\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-02-01\",\"statusDate\":\"2026-02-01\",\"revisionNumber\":1}")] // enum as number
    [InlineData("null")]
    [InlineData("[")]
    public void Text_that_is_not_a_status_content_is_refused(string json)
    {
        Assert.Throws<JsonException>(() => StatusContentJson.Deserialize(json));
    }

    /// <summary>Compares public properties recursively; lists element by element (records compare lists by reference).</summary>
    private static void AssertDeepEqual(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {expected ?? "null"}, got {actual ?? "null"}");
            return;
        }

        var type = expected.GetType();
        if (type.IsPrimitive || type.IsEnum || expected is string or DateOnly or Guid or decimal)
        {
            Assert.True(Equals(expected, actual), $"{path}: expected {expected}, got {actual}");
            return;
        }

        if (expected is IEnumerable list)
        {
            var e = list.Cast<object?>().ToList();
            var a = ((IEnumerable)actual).Cast<object?>().ToList();
            Assert.True(e.Count == a.Count, $"{path}: expected {e.Count} items, got {a.Count}");
            for (var i = 0; i < e.Count; i++)
            {
                AssertDeepEqual(e[i], a[i], $"{path}[{i}]");
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            AssertDeepEqual(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
        }
    }
}
