using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Retning.Domain.Status;

namespace Retning.Documents.Status;

/// <summary>
/// <see cref="StatusContent"/> as JSON, the form an approved status is frozen in
/// (<see cref="StatusRevision"/>): camelCase names, enums as their names ("ics", "goals"),
/// dates as ISO "2026-03-01". The computed <see cref="StatusContent.RunningHeader"/> is not
/// written: it follows from the stored values.
/// </summary>
public static class StatusContentJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Read-only (computed) properties are left out; every stored value has an init accessor.
        IgnoreReadOnlyProperties = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public static string Serialize(StatusContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return JsonSerializer.Serialize(content, Options);
    }

    /// <exception cref="JsonException">The text is not a status content (malformed, or a required value is missing).</exception>
    public static StatusContent Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        // Through the serializer rather than JsonNode.Parse: malformed text then throws JsonException itself.
        var node = JsonSerializer.Deserialize<JsonNode>(json, Options) ?? throw new JsonException("The status content is null.");
        return UpgradeScoresAppendix(UpgradePurpose(node)).Deserialize<StatusContent>(Options)
            ?? throw new JsonException("The status content is null.");
    }

    /// <summary>
    /// Statuses approved before every purpose was kept hold one "purpose" text: read it as the one
    /// purpose (without a title), so an approved status shows what was approved.
    /// </summary>
    private static JsonNode UpgradePurpose(JsonNode node)
    {
        if (node is JsonObject content && content["purposes"] is null && content.TryGetPropertyValue("purpose", out var old))
        {
            content.Remove("purpose");
            content["purposes"] = old is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)
                ? new JsonArray(new JsonObject { ["title"] = string.Empty, ["text"] = text })
                : new JsonArray();
        }

        return node;
    }

    /// <summary>Statuses approved before the monthly summary listed every score: they still do (what was approved does not change).</summary>
    private static JsonNode UpgradeScoresAppendix(JsonNode node)
    {
        if (node is JsonObject content && !content.ContainsKey("scoresAppendix"))
        {
            content["scoresAppendix"] = true;
        }

        return node;
    }
}
