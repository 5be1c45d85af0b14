namespace Retning.Domain.Vocabulary;

/// <summary>One concept of the FFB code system: its code, its Danish display and its place in the is-a hierarchy.</summary>
/// <param name="ParentCode">The concept it is nested under in the JSON; null for the six roots.</param>
/// <param name="Depth">0 for a root ("Social indsats", "Støttebehovsniveau", "FFB tilstande" …), 1 for its children, and so on.</param>
public sealed record FfbConcept(string Code, string Display, string? ParentCode, int Depth, string? Definition);

/// <summary>
/// An FFB code as an exchange carries it: system, version, code and display
/// (a FHIR Coding; docs/adr/0018-ffb-vocabulary.md).
/// </summary>
public sealed record FfbCoding(string System, string Version, string Code, string Display);

/// <summary>The kinds of thing Retning codes with FFB; each allows the concepts under one branch of the code system.</summary>
public enum FfbKind
{
    /// <summary>A plan theme: an FFB theme ("Mentale funktioner") or one of its conditions ("Hukommelse"), under "FFB tilstande".</summary>
    Theme = 1,

    /// <summary>A level of a support-need scale: the children of "Støttebehovsniveau".</summary>
    SupportNeedLevel = 2,

    /// <summary>A goal type: the children of "Måltype".</summary>
    GoalType = 3,

    /// <summary>An evaluation decision: the children of "Status på indsats".</summary>
    EvaluationDecision = 4,
}
