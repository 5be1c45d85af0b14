using Retning.Domain.Evaluations;
using Retning.Domain.Plans;

namespace Retning.Domain.Vocabulary;

/// <summary>A code Retning maps to itself, with the display the code system gives it (a unit test holds the two together).</summary>
public sealed record FfbBuiltIn(string Code, string Display);

/// <summary>
/// The FFB codes Retning carries itself (docs/adr/0018-ffb-vocabulary.md). These are fixed: an
/// administrator maps only what is not here (local themes and local scale levels, <see cref="FfbMapping"/>).
/// Every code and display is checked against the shipped code system by the unit tests.
/// </summary>
public static class FfbCodes
{
    /// <summary>The themes of the VUM 2.0/FFB template (<see cref="TemplateCatalog"/>), by theme key: FFB's themes under "FFB tilstande".</summary>
    public static readonly IReadOnlyDictionary<string, FfbBuiltIn> Themes = new Dictionary<string, FfbBuiltIn>(StringComparer.Ordinal)
    {
        ["fysisk"] = new("a134c31d-d316-46d4-935e-e500874dbbe1", "Fysiske funktioner"),
        ["mental"] = new("25c5c614-305f-46cd-9891-55d564fc30cf", "Mentale funktioner"),
        ["sociale-forhold"] = new("e1836145-0c20-4e20-971e-d62dfe4ea1a0", "Sociale forhold"),
        ["sundhed"] = new("4fb78b88-d3af-4cfb-84d7-f06daf423317", "Sundhedsforhold"),
        ["egenomsorg"] = new("da3f488f-1742-4d00-b247-a7d47500b36b", "Egenomsorg"),
        ["praktisk"] = new("eef71492-65f5-4297-aa95-3c3a6866ddef", "Praktiske opgaver"),
        ["mobilitet"] = new("d1495b2c-1452-4e49-8dbe-8193af5d8823", "Mobilitet"),
        ["kommunikation"] = new("c2b186f9-9c10-478e-8345-2d2c37ab4c46", "Kommunikation"),
        ["samfund"] = new("dfbe6ff6-223b-436a-b864-8ba29bda41e2", "Samfundsliv"),
        ["relationer"] = new("3856b434-f72e-42a5-b9d1-0cc93f48434b", "Relationer"),
        ["omgivelser"] = new("7445fb2b-0009-43d9-b49b-1b9782f2fcd9", "Omgivelser"),
    };

    /// <summary>The levels of <see cref="IndicatorScale.FfbSupportNeed"/>, by value: FFB's "Støttebehovsniveau".</summary>
    public static readonly IReadOnlyDictionary<int, FfbBuiltIn> SupportNeedLevels = new Dictionary<int, FfbBuiltIn>
    {
        [0] = new("ae9f388a-91c3-46cf-af55-f81952f2977c", "Intet støttebehov"),
        [1] = new("dd628e73-d6c9-4837-a2b8-aa62d73bd6ae", "Let støttebehov"),
        [2] = new("401a397b-b3aa-4ca3-8b23-bd8f99dd3f76", "Moderat støttebehov"),
        [3] = new("b99a0790-4d70-4152-b149-3fe58b745583", "Højt støttebehov"),
        [4] = new("e99763d6-6c43-4969-ad52-2b1a7055f9dc", "Fuldstændigt støttebehov"),
    };

    /// <summary>
    /// A sub-goal not scored ("Ikke vurderet" is not a level in Retning: the note is simply not
    /// scored). Holds for every scale, since not assessing is the same whatever the scale.
    /// </summary>
    public static readonly FfbBuiltIn NotAssessed = new("2254dac8-8aa3-4334-8502-9720194f49ad", "Ikke vurderet");

    /// <summary>The goal types: FFB's "Måltype".</summary>
    public static readonly IReadOnlyDictionary<GoalType, FfbBuiltIn> GoalTypes = new Dictionary<GoalType, FfbBuiltIn>
    {
        [GoalType.Develop] = new("d41c8072-52f8-42b5-9375-ddbea454d27f", "Udvikle funktionsevne"),
        [GoalType.Maintain] = new("10752a63-00b4-4958-b7f4-9f3a18f74266", "Fastholde funktionsevne"),
        [GoalType.LimitLoss] = new("e47c22bd-d88d-48ab-882b-419923e1f44e", "Begrænse tab af funktionsevne"),
    };

    /// <summary>
    /// The evaluation decisions that have an FFB "Status på indsats" code. Both closing decisions
    /// end the work on the goal: FFB's code says the effort ends, not whether it succeeded (the
    /// goal's state carries that). The decisions missing here are in <see cref="DecisionsWithoutCode"/>.
    /// </summary>
    public static readonly IReadOnlyDictionary<EvaluationDecision, FfbBuiltIn> Decisions = new Dictionary<EvaluationDecision, FfbBuiltIn>
    {
        [EvaluationDecision.Continue] = new("1e971d84-10a4-4ef8-a8b3-0daa4c7d088a", "Træf afgørelse om fortsættelse af indsats"),
        [EvaluationDecision.CloseAchieved] = new("d7d03656-4c87-4e67-9146-aa5990460f16", "Træf afgørelse om afslutning af indsats"),
        [EvaluationDecision.CloseNotAchieved] = new("d7d03656-4c87-4e67-9146-aa5990460f16", "Træf afgørelse om afslutning af indsats"),
    };

    /// <summary>The decisions with no FFB code, and why: an exchange leaves the code out rather than guess.</summary>
    public static readonly IReadOnlyDictionary<EvaluationDecision, string> DecisionsWithoutCode = new Dictionary<EvaluationDecision, string>
    {
        [EvaluationDecision.Adjust] =
            "FFB's \"Status på indsats\" has continue, end, and end-and-refer; adjusting the goal or the approach within the same effort is none of them.",
    };

    /// <summary>
    /// FFB's "afslutning af indsats og visiter til ny": no Retning decision means it. Referral to a new
    /// effort is the municipality's decision (visitation), not recorded at an evaluation.
    /// </summary>
    public const string EndAndReferCode = "b4c01aa8-82fd-44e4-83ff-ca19ec02c779";

    /// <summary>
    /// True when a scale's levels are the FFB support-need scale as shipped (same values and labels),
    /// so its levels carry the built-in codes. A scale an offer changed is local and mapped by an administrator.
    /// </summary>
    public static bool IsFfbSupportNeedScale(IEnumerable<ScaleLevel> levels)
    {
        static string Key(IEnumerable<ScaleLevel> l) =>
            string.Join('|', l.OrderBy(x => x.Value).Select(x => $"{x.Value}:{x.Label}"));
        return Key(levels) == Key(IndicatorScale.FfbSupportNeed());
    }
}
