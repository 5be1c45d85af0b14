using System.Globalization;
using System.Text.RegularExpressions;
using Retning.Domain.Consents;
using Retning.Domain.Evaluations;
using Retning.Domain.Status;

namespace Retning.Domain.Audit;

/// <summary>What an id in an audit detail points at; decides where its readable name is looked up.</summary>
public enum AuditReference
{
    Goal = 1,
    User = 2,
    Department = 3,
    Offer = 4,
    StatusReport = 5,
    Meeting = 6,
    DiaryEntry = 7,
    Evaluation = 8,
    Consent = 9,
    Disclosure = 10,
}

/// <summary>One part of an audit detail: a criterion "key=value" or free text ("tilstand: Aktiv → Opnået").</summary>
public sealed record AuditDetailPart(string? Key, string Value);

/// <summary>
/// Makes an audit row's detail readable when it is shown: "mål=ffa4…; fra=2026-12-01" becomes
/// "Mål: "At borgeren smører …"; Fra: 01-12-2026". The stored row is never changed (it is the
/// evidence); ids are named through a lookup the caller fills within the reader's scope, and an
/// id the reader may not see is shown as "(ikke tilgængelig)".
/// </summary>
public static partial class AuditDetailText
{
    public const string Unavailable = "(ikke tilgængelig)";

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["mål"] = "Mål", ["delmål"] = "Delmål", ["overordnet"] = "Overordnet mål", ["bruger"] = "Bruger",
        ["handling"] = "Handling", ["fra"] = "Fra", ["til"] = "Til", ["side"] = "Side", ["status"] = "Status",
        ["møde"] = "Statusmøde", ["notat"] = "Notat", ["samtykke"] = "Samtykke", ["evaluering"] = "Evaluering",
        ["afdeling"] = "Afdeling", ["tilbud"] = "Tilbud", ["videregivelse"] = "Videregivelse", ["ny"] = "Ny videregivelse",
        ["version"] = "Version", ["q"] = "Søgning", ["vis"] = "Vis", ["slags"] = "Slags", ["dato"] = "Dato",
        ["viste"] = "Viste", ["score"] = "Score", ["beslutning"] = "Beslutning", ["omfang"] = "Omfang",
        ["kanal"] = "Kanal", ["grundlag"] = "Grundlag", ["emne"] = "Emne", ["næste"] = "Næste gennemgang",
        ["afsnit"] = "Afsnit", ["type"] = "Type", ["deltagere"] = "Deltagere", ["modtagere"] = "Modtagere", ["dele"] = "Dele af planen",
        ["tilstand"] = "Tilstand", ["layout"] = "Layout", ["revision"] = "Revision", ["godkendt"] = "Godkendt",
        // Administration.
        ["rolle"] = "Rolle", ["anmodet"] = "Anmodet af", ["sti"] = "Adresse", ["svar"] = "Svar", ["metode"] = "Metode",
    };

    private static readonly Dictionary<string, AuditReference> References = new(StringComparer.Ordinal)
    {
        ["mål"] = AuditReference.Goal, ["delmål"] = AuditReference.Goal, ["overordnet"] = AuditReference.Goal,
        ["bruger"] = AuditReference.User, ["afdeling"] = AuditReference.Department, ["tilbud"] = AuditReference.Offer,
        ["status"] = AuditReference.StatusReport, ["møde"] = AuditReference.Meeting, ["notat"] = AuditReference.DiaryEntry,
        ["evaluering"] = AuditReference.Evaluation, ["samtykke"] = AuditReference.Consent,
        ["videregivelse"] = AuditReference.Disclosure, ["ny"] = AuditReference.Disclosure,
        ["anmodet"] = AuditReference.User,
    };

    /// <summary>Splits a stored detail into its parts (separated by ';' or '&amp;'), in order.</summary>
    public static IReadOnlyList<AuditDetailPart> Parse(string? detail)
    {
        if (string.IsNullOrWhiteSpace(detail))
        {
            return [];
        }

        var parts = new List<AuditDetailPart>();
        foreach (var raw in detail.Split([';', '&'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Criterion().Match(raw);
            parts.Add(match.Success ? new(match.Groups["key"].Value, match.Groups["value"].Value) : new(null, raw));
        }

        return parts;
    }

    /// <summary>The ids in the parts that can be named, with what they point at: the lookup to fill, once per page.</summary>
    public static IEnumerable<(AuditReference Kind, Guid Id)> Ids(IEnumerable<AuditDetailPart> parts) =>
        parts.Where(p => p.Key is not null && References.ContainsKey(p.Key) && Guid.TryParse(p.Value, out _))
            .Select(p => (References[p.Key!], Guid.Parse(p.Value)));

    /// <summary>
    /// The detail as a person reads it. <paramref name="name"/> answers the readable name of an id,
    /// or null when the reader may not see it (or it no longer exists). Empty criteria are left out.
    /// </summary>
    public static string? Render(string? detail, Func<AuditReference, Guid, string?> name)
    {
        var shown = Parse(detail).Select(p => Render(p, name)).Where(s => s is not null).ToList();
        return shown.Count == 0 ? null : string.Join("; ", shown);
    }

    private static string? Render(AuditDetailPart part, Func<AuditReference, Guid, string?> name)
    {
        if (part.Key is not { } key)
        {
            // Free text ("tilstand: Aktivt → Opnået") starts with a capital like the named criteria.
            return char.ToUpperInvariant(part.Value[0]) + part.Value[1..];
        }

        if (part.Value.Length == 0)
        {
            return null;
        }

        var label = Labels.TryGetValue(key, out var l) ? l : char.ToUpperInvariant(key[0]) + key[1..];
        return $"{label}: {Value(key, part.Value, name)}";
    }

    private static string Value(string key, string value, Func<AuditReference, Guid, string?> name)
    {
        if (Guid.TryParse(value, out var id))
        {
            return References.TryGetValue(key, out var kind) ? name(kind, id) ?? Unavailable : Unavailable;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToDanishDate();
        }

        return key switch
        {
            "q" => $"\"{Uri.UnescapeDataString(value)}\"",
            "handling" when Enum.TryParse<AuditAction>(value, out var action) => action.Danish(),
            "beslutning" when Enum.TryParse<EvaluationDecision>(value, out var decision) => decision.Danish(),
            "omfang" when Enum.TryParse<ConsentScope>(value, out var scope) => scope.Danish(),
            "kanal" when Enum.TryParse<DisclosureChannel>(value, out var channel) => channel.Danish(),
            "grundlag" when Enum.TryParse<DisclosureBasis>(value, out var basis) => basis.Danish(),
            "emne" when Enum.TryParse<DisclosureSubject>(value, out var subject) => subject.Danish(),
            "status" when Enum.TryParse<StatusState>(value, out var state) => state.Danish(),
            "rolle" when Enum.TryParse<Organisation.StaffRole>(value, out var role) => Organisation.StaffRoleText.Danish(role),
            "godkendt" => value.Equals("True", StringComparison.OrdinalIgnoreCase) ? "ja" : value.Equals("False", StringComparison.OrdinalIgnoreCase) ? "nej" : value,
            _ => value,
        };
    }

    /// <summary>"key=value" with a lower-case key (Danish letters allowed) and anything after '='.</summary>
    [GeneratedRegex(@"^(?<key>[a-zæøå]+)=(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Criterion();
}
