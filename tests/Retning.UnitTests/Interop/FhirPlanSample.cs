using Retning.Domain.Plans;
using Retning.Domain.Vocabulary;
using Retning.Interop.Fhir;

namespace Retning.UnitTests.Interop;

/// <summary>
/// A plan with themes, goals, sub-goals, scores and evaluations, coded with FFB codes taken from
/// KL's own FFB reporting examples (hl7dk/kl-ffb-reporting), as the vocabulary lookup would give them.
/// </summary>
internal static class FhirPlanSample
{
    public const string Ffb = "urn:oid:1.2.208.176.2.22";
    public const string FfbVersion = "20240530";

    public static readonly Guid CitizenId = Guid.Parse("4a7c2a0e-8f4e-4c33-9a51-0c1f6f3b1a01");
    public static readonly Guid PlanId = Guid.Parse("4a7c2a0e-8f4e-4c33-9a51-0c1f6f3b1a02");
    public static readonly Guid EatingTheme = Guid.Parse("4a7c2a0e-8f4e-4c33-9a51-0c1f6f3b1a03");
    public static readonly Guid ShoppingTheme = Guid.Parse("4a7c2a0e-8f4e-4c33-9a51-0c1f6f3b1a04");
    public static readonly Guid UncodedTheme = Guid.Parse("4a7c2a0e-8f4e-4c33-9a51-0c1f6f3b1a05");
    public static readonly Guid GoalId = Guid.Parse("4a7c2a0e-8f4e-4c33-9a51-0c1f6f3b1a06");
    public static readonly Guid SubGoalId = Guid.Parse("4a7c2a0e-8f4e-4c33-9a51-0c1f6f3b1a07");
    public static readonly Guid SecondGoalId = Guid.Parse("4a7c2a0e-8f4e-4c33-9a51-0c1f6f3b1a08");
    public static readonly Guid OlderScore = Guid.Parse("4a7c2a0e-8f4e-4c33-9a51-0c1f6f3b1a09");
    public static readonly Guid NewerScore = Guid.Parse("4a7c2a0e-8f4e-4c33-9a51-0c1f6f3b1a0a");
    public static readonly Guid EvaluationId = Guid.Parse("4a7c2a0e-8f4e-4c33-9a51-0c1f6f3b1a0b");
    public static readonly Guid TargetGroupId = Guid.Parse("4a7c2a0e-8f4e-4c33-9a51-0c1f6f3b1a0c");

    /// <summary>Every free text of the sample: none may appear in a Bundle made without text.</summary>
    public static readonly string[] FreeTexts =
    [
        "Borgeren ønsker selv at handle ind om lørdagen",
        "Inddraget ved teammøde med sin værge",
        "Spiser bedst i ro uden for fællesspisning",
        "Glemmer måltider, når dagen er travl",
        "Borgeren spiser selv aftensmad tre dage om ugen",
        "Begrundet i handleplanens punkt om selvhjulpenhed",
        "Borgeren anretter selv sin tallerken",
        "Købte selv mælk og brød i Netto",
        "Målet følges, borgeren er glad for fremskridtet",
    ];

    public static FfbCoding Code(string code, string display) => new(Ffb, FfbVersion, code, display);

    public static FhirPlanInput Input() => new()
    {
        ExportedAt = new DateTimeOffset(2026, 3, 2, 10, 15, 0, TimeSpan.Zero),
        Citizen = new FhirCitizenInput(CitizenId, "010203-1234", "d4e3f4fb-6761-4d6c-9086-74c49231f11e"),
        Plan = new FhirCarePlanInput(
            PlanId, new DateOnly(2025, 9, 1), null, "http://example.dk/identifier/case", "Sag154689",
            new DateOnly(2026, 4, 1), Code("498fe92c-d7f7-41cd-9404-5b38fe113be0", "Almindeligt længerevarende botilbud til voksne"),
            [new FhirText("Borgerens perspektiv", FreeTexts[0]), new FhirText("Inddragelse", FreeTexts[1])]),
        TargetGroups = [new FhirTargetGroupInput(TargetGroupId, "Udviklingsforstyrrelse", new DateOnly(2025, 9, 1),
            Code("5cfc9530-a193-4f66-9981-3b980ee9ea7b", "Anden udviklingsforstyrrelse"), Primary: true)],
        Themes =
        [
            new FhirThemeInput(EatingTheme, "egenomsorg", "Egenomsorg", new DateOnly(2025, 9, 10),
                Code("464a2ab6-a7df-4b3a-b74d-7873f4cfe668", "Spise"), Code("cae545f5-2813-4d79-98fc-0a7d770af3cd", "Svært nedsat funktionsevne"),
                [new FhirText("Ressourcer", FreeTexts[2]), new FhirText("Udfordringer", FreeTexts[3])]),
            new FhirThemeInput(ShoppingTheme, "praktiske-opgaver", "Praktiske opgaver", new DateOnly(2025, 9, 10),
                Code("01770afa-cd17-41fe-a966-b8895e4d55d8", "Købe ind"), Code("5bdde847-2837-416b-ab63-bbff8b7aa531", "Moderat nedsat funktionsevne"), []),
            new FhirThemeInput(UncodedTheme, "autonomt-kompas", "Autonomt kompas", new DateOnly(2025, 9, 10), null, null, []),
        ],
        Goals =
        [
            new FhirGoalInput(GoalId, "egenomsorg", GoalState.Active, new DateOnly(2026, 6, 30),
                Code("d41c8072-52f8-42b5-9375-ddbea454d27f", "Udvikle funktionsevne"), null, FreeTexts[4],
                [new FhirText("Begrundelse", FreeTexts[5])])
            {
                SubGoals = [new FhirGoalInput(SubGoalId, "egenomsorg", GoalState.Active, new DateOnly(2026, 4, 30),
                    Code("d41c8072-52f8-42b5-9375-ddbea454d27f", "Udvikle funktionsevne"),
                    Code("8328ce4a-6238-4f73-bf1a-74aadb68eff8", "Let nedsat funktionsevne"), FreeTexts[6], [])],
            },
            new FhirGoalInput(SecondGoalId, "praktiske-opgaver", GoalState.Achieved, null, null, null, null, []),
        ],
        Scores =
        [
            new FhirScoreInput(OlderScore, SubGoalId, new DateOnly(2026, 2, 1), Code("dd628e73-d6c9-4837-a2b8-aa62d73bd6ae", "Let støttebehov"), "Let", FreeTexts[7]),
            new FhirScoreInput(NewerScore, SubGoalId, new DateOnly(2026, 2, 20), Code("dd628e73-d6c9-4837-a2b8-aa62d73bd6ae", "Let støttebehov"), "Let", null),
            new FhirScoreInput(Guid.Parse("4a7c2a0e-8f4e-4c33-9a51-0c1f6f3b1a0d"), SubGoalId, new DateOnly(2026, 2, 21), null, "Ikke vurderet", null),
        ],
        Evaluations =
        [
            new FhirEvaluationInput(EvaluationId, GoalId, new DateOnly(2026, 2, 25),
                Code("1e971d84-10a4-4ef8-a8b3-0daa4c7d088a", "Træf afgørelse om fortsættelse af indsats"), "Fortsæt",
                [new FhirText("Konklusion", FreeTexts[8])]),
            new FhirEvaluationInput(Guid.Parse("4a7c2a0e-8f4e-4c33-9a51-0c1f6f3b1a0e"), SecondGoalId, new DateOnly(2026, 2, 25), null, "Justér", []),
        ],
    };
}
