namespace Retning.Domain.Audit;

/// <summary>
/// Builds the detail of an administrator's audit row in the form <see cref="AuditDetailText"/> reads:
/// ids as "key=value" criteria (named when shown) and changes as free text "navn: Gammelt → Nyt".
/// Typed values are shortened and stripped of the separators ';' and '&amp;', so a name cannot forge
/// another part of the detail. Passwords never pass through here: callers record that one was set.
/// </summary>
public sealed class AuditDetailBuilder
{
    /// <summary>A value longer than this is cut, so one row stays short and readable.</summary>
    public const int ValueLength = 60;

    /// <summary>Ids and codes (an address with two ids is ~100 characters) are cut only past this.</summary>
    public const int KeyLength = 200;

    private readonly List<string> _parts = [];

    /// <summary>An id or a code: "bruger=…", "rolle=CareWorker". Null values are left out.</summary>
    public AuditDetailBuilder Key(string key, object? value)
    {
        if (value is not null)
        {
            _parts.Add($"{key}={Clean(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), KeyLength)}");
        }

        return this;
    }

    /// <summary>A before/after pair as "label: før → efter"; nothing when they are equal.</summary>
    public AuditDetailBuilder Change(string label, string? before, string? after)
    {
        if (!string.Equals(Normal(before), Normal(after), StringComparison.Ordinal))
        {
            _parts.Add($"{label}: {Shown(before)} → {Shown(after)}");
        }

        return this;
    }

    /// <summary>A yes/no change, shown as "ja"/"nej".</summary>
    public AuditDetailBuilder Change(string label, bool before, bool after) =>
        Change(label, before ? "ja" : "nej", after ? "ja" : "nej");

    /// <summary>A fact in free text ("version: 4", "navn: Mågen").</summary>
    public AuditDetailBuilder Fact(string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            _parts.Add($"{label}: {Shown(value)}");
        }

        return this;
    }

    /// <summary>True when a change or fact was added beyond the keys.</summary>
    public bool HasChanges => _parts.Any(p => p.Contains(": ", StringComparison.Ordinal));

    public override string ToString() => string.Join("; ", _parts);

    private static string? Normal(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Shown(string? text) => Normal(text) is { } value ? Clean(value, ValueLength) : "(tom)";

    private static string Clean(string? text, int length)
    {
        var value = (text ?? string.Empty).Replace(';', ',').Replace('&', '+').Replace('\r', ' ').Replace('\n', ' ').Trim();
        return value.Length <= length ? value : value[..length].TrimEnd() + "…";
    }
}
