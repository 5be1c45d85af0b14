using Hl7.Fhir.Model;

namespace Retning.Interop.Fhir;

/// <summary>One Condition per theme with an FFB condition code, and one TargetGroup Condition per coded target group.</summary>
internal static class ConditionMapping
{
    private const string ClinicalSystem = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    private const string VerificationSystem = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

    /// <returns>The Condition id of each mapped theme, by theme key.</returns>
    public static Dictionary<string, Guid> AddThemes(ExportContext context)
    {
        var byKey = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var theme in context.Input.Themes)
        {
            if (theme.Condition is null)
            {
                context.Miss(theme.Id, "Condition.code", $"Temaet '{theme.Name}' har ingen FFB-tilstandskode; temaet er udeladt.");
                continue;
            }
            var condition = new Condition
            {
                ClinicalStatus = new CodeableConcept(ClinicalSystem, "active"),
                VerificationStatus = new CodeableConcept(VerificationSystem, "confirmed"),
                Code = theme.Condition.ToConcept(),
                Severity = theme.Severity?.ToConcept(),
                Subject = context.Citizen,
                RecordedDate = FhirIds.Date(theme.RecordedOn),
            };
            context.AddText(condition, theme.Texts);
            context.Add(condition, theme.Id, KlFfbProfiles.Condition);
            byKey[theme.Key] = theme.Id;
        }
        return byKey;
    }

    /// <returns>The mapped target groups with their rank (one rank 1 at most, as the CarePlan profile demands).</returns>
    public static List<(Guid Id, int Rank)> AddTargetGroups(ExportContext context)
    {
        var ranked = new List<(Guid, int)>();
        foreach (var group in context.Input.TargetGroups.OrderByDescending(g => g.Primary))
        {
            if (group.Coding is null)
            {
                context.Miss(group.Id, "Condition.code", $"Målgruppen '{group.Name}' har ingen FFB-kode; målgruppen er udeladt.");
                continue;
            }
            var condition = new Condition
            {
                Code = group.Coding.ToConcept(),
                Subject = context.Citizen,
                RecordedDate = FhirIds.Date(group.RecordedOn),
            };
            context.Add(condition, group.Id, KlFfbProfiles.TargetGroup);
            ranked.Add((group.Id, group.Primary && ranked.Count == 0 ? 1 : 2));
        }
        return ranked;
    }

    public static Extension Rank(int rank) => new(KlFfbProfiles.ConditionRankExtension, new PositiveInt(rank));
}
