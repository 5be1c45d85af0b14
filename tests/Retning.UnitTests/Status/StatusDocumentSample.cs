using Retning.Domain.Plans;
using Retning.Domain.Status;

namespace Retning.UnitTests.Status;

/// <summary>
/// A realistic status for a child (ICS) as the status service would freeze it: three goals with
/// sub-goals, scores and evaluations, two-sided sections; the contact team left the section on
/// approaches and methods out, and one goal of the plan out (data minimisation).
/// </summary>
internal static class StatusDocumentSample
{
    public const string CitizenName = "Ida Ærbøl Søndergaard";
    public static readonly DateOnly From = new(2026, 3, 1);
    public static readonly DateOnly To = new(2026, 8, 31);
    public const string RunningHeader = "Ida Ærbøl Søndergaard · status 01-03-2026–31-08-2026";

    public const string Purpose = "Ida skal have et stabilt skoleforløb og udvikle venskaber med jævnaldrende (jf. handleplan efter barnets lov § 91).";
    public const string FamilyPurpose = "Ida bevarer en god og stabil kontakt til sin familie.";
    public const string ResourcesSince = "Ida er glad for rutiner og tager selv initiativ til at spise morgenmad.\nHun bliver urolig ved skift, især om morgenen.";
    public const string ResourcesAhead = "Fortsat støtte ved overgange; visuel dagsplan på værelset.";
    public const string GoalsSince = "Målene er evalueret på teammøder i maj og august; scoringer ugentligt.";
    public const string GoalsAhead = "Skolemålet fortsætter; venskabsmålet justeres til fritidsklubben.";
    public const string InterventionsSince = "- Guidning ved morgenrutinen (dagligt)\n- Samtaler med skolen (hver 14. dag)";
    public const string InterventionsAhead = "- Besøg i fritidsklubben med kontaktperson";
    public const string ResultsText = "Ida møder nu i skole fire ud af fem dage mod to i foråret.";
    public const string TargetGroupText = "Målgruppe: børn med autismespektrumforstyrrelse\nKategori: B\nStøttebehov: Højt";

    /// <summary>The excluded section's text: it may appear in no rendering.</summary>
    public const string ExcludedApproaches = "LØS-metoden og neuroaffektiv udviklingspsykologi (udeladt)";


    public static readonly Guid SchoolGoal = Guid.Parse("11111111-0000-0000-0000-000000000001");
    public static readonly Guid FriendsGoal = Guid.Parse("11111111-0000-0000-0000-000000000002");
    public static readonly Guid HealthGoal = Guid.Parse("11111111-0000-0000-0000-000000000003");

    public const string SchoolGoalText = "Ida går i skole fem dage om ugen";
    public const string PackBagText = "Ida pakker selv sin skoletaske aftenen før";
    public const string MorningText = "Ida er klar til skolebussen kl. 7.45";
    public const string FriendsGoalText = "Ida har en fast legeaftale med en jævnaldrende hver uge";
    public const string ClubText = "Ida deltager i fritidsklubbens onsdagshold";
    public const string HealthGoalText = "Ida sover mindst ni timer hver nat";
    public const string BedtimeText = "Ida følger sin aftenrutine med billedstøtte";

    /// <summary>Sub-goals with scores in the period, each drawn as a chart.</summary>
    public static readonly string[] ScoredSubGoals = [PackBagText, MorningText, BedtimeText];

    public static IReadOnlyList<ScaleLevelContent> Levels { get; } =
        [.. IndicatorScale.FfbSupportNeed().OrderBy(l => l.Value).Select(l => new ScaleLevelContent(l.Value, l.Label))];

    public const string OfferPhone = "98 12 34 56";
    public const string ContactLine = "Søs Åberg, tlf. 20 11 22 33, soes@laerkereden.dk";

    public static SenderContent Sender { get; } = new()
    {
        Offer = "Specialbørnehjemmet Lærkereden", Department = "Afdeling Øst", Address = "Lærkevej 3, 9000 Aalborg", Phone = OfferPhone,
        ContactTeam = [new("Søs Åberg", "20 11 22 33", "soes@laerkereden.dk"), new("Jens Ødegaard", null, "jens@laerkereden.dk")],
    };

    /// <param name="revision">The status report's revision number.</param>
    /// <param name="approved">Whether the department head has approved it.</param>
    /// <param name="appendix">The contact team chose the appendix with every score (the sample has it, so every rendering shows it).</param>
    public static StatusContent Content(int revision = 2, bool approved = true, bool appendix = true) => new()
    {
        CitizenName = CitizenName,
        MaskedCpr = "140315-xxxx",
        Department = "Specialbørnehjemmet Lærkereden – Afdeling Øst",
        Municipality = "Aalborg Kommune",
        Caseworker = "Søren Ørsted",
        Layout = StatusLayout.Ics,
        PeriodFrom = From,
        PeriodTo = To,
        StatusDate = new DateOnly(2026, 9, 1),
        RevisionNumber = revision,
        ApprovedBy = approved ? "Anne Æbelø" : null,
        ApprovedOn = approved ? new DateOnly(2026, 9, 3) : null,
        Purposes = [new PurposeContent("Stabil skolegang", Purpose), new PurposeContent("Kontakt til familien", FamilyPurpose)],
        Sender = Sender,
        Sections = Sections(included: s => s != StatusSectionKey.Approaches),
        Goals = Goals(),
        ScoresAppendix = appendix,
    };

    /// <summary>The sections as the service makes them, keeping only those <paramref name="included"/> says.</summary>
    public static IReadOnlyList<SectionContent> Sections(Func<StatusSectionKey, bool> included) =>
    [
        .. new (StatusSectionKey Key, string? Since, string? Ahead)[]
        {
            (StatusSectionKey.Resources, ResourcesSince, ResourcesAhead),
            (StatusSectionKey.Goals, GoalsSince, GoalsAhead),
            (StatusSectionKey.Interventions, InterventionsSince, InterventionsAhead),
            (StatusSectionKey.Results, ResultsText, null),
            (StatusSectionKey.Approaches, ExcludedApproaches, null),
            (StatusSectionKey.TargetGroup, TargetGroupText, null),
        }
        .Where(s => included(s.Key))
        .Select(s =>
        {
            var titles = StatusSections.Titles(s.Key, StatusLayout.Ics);
            return new SectionContent(s.Key, titles.Heading, titles.SinceTitle, s.Since, titles.AheadTitle, titles.AheadTitle is null ? null : s.Ahead);
        }),
    ];

    public static IReadOnlyList<GoalContent> Goals() =>
    [
        Goal(SchoolGoal, null, "Skoleforhold", SchoolGoalText, "Handleplanens formål om stabilt skoleforløb.",
            ["- Daglig kontakt med skolen", "- Fast kontaktperson om morgenen"],
            [new(new DateOnly(2026, 5, 12), "Fortsæt", "Fremmødet er steget; morgenen er stadig sårbar.", "Svarprocent 92 %, støttebehov faldende."),
             new(new DateOnly(2026, 8, 18), "Justér", "Målet justeres til også at gælde fritidsordningen.", null)]),
        Goal(Guid.Parse("22222222-0000-0000-0000-000000000001"), SchoolGoal, "Skoleforhold", PackBagText, "Selvstændighed om aftenen giver en roligere morgen.",
            ["- Tjekliste med billeder"], [], Scores(seed: 1, start: 4, end: 1)),
        Goal(Guid.Parse("22222222-0000-0000-0000-000000000002"), SchoolGoal, "Selvstændighedsforhold", MorningText, null,
            [], [new(new DateOnly(2026, 6, 2), "Fortsæt", "Ida er klar til tiden de fleste dage.", null)], Scores(seed: 2, start: 3, end: 2)),
        Goal(FriendsGoal, null, "Venskabsforhold", FriendsGoalText, "Ida ønsker selv en ven at lege med.",
            ["- Kontaktpersonen hjælper med at aftale legeaftaler"], []),
        Goal(Guid.Parse("22222222-0000-0000-0000-000000000003"), FriendsGoal, "Fritidsforhold", ClubText, null,
            [], [], new IndicatorContent { ScaleName = "Støttebehov (FFB)", Levels = Levels, Scores = [], Trend = null, ResponseRate = "Ingen scoringer endnu." }),
        Goal(HealthGoal, null, "Sundhedsforhold", HealthGoalText, "Søvn er en forudsætning for skolegangen.",
            ["- Aftenrutine med billedstøtte", "- Samarbejde med egen læge om søvn"],
            [new(new DateOnly(2026, 7, 1), "Fortsæt", "Ida sover bedre; hun falder i søvn før kl. 21 de fleste aftener.", null)]),
        Goal(Guid.Parse("22222222-0000-0000-0000-000000000004"), HealthGoal, "Sundhedsforhold", BedtimeText, null,
            ["- Billedstøtte ved sengetid"], [], Scores(seed: 3, start: 3, end: 1)),
    ];

    /// <summary>Weekly scores from the period's first week to its last, falling from <paramref name="start"/> to <paramref name="end"/> with some noise.</summary>
    public static IndicatorContent Scores(int seed, int start, int end, int count = 26, int everyDays = 7)
    {
        var random = new Random(seed);
        var scores = new List<ScoreContent>();
        for (var i = 0; i < count; i++)
        {
            var value = (int)Math.Round(start + ((end - start) * (double)i / Math.Max(1, count - 1)) + (random.NextDouble() - 0.5));
            value = Math.Clamp(value, 0, 4);
            scores.Add(new ScoreContent(From.AddDays(2 + (i * everyDays)), value, Levels.Single(l => l.Value == value).Label));
        }

        return new IndicatorContent
        {
            ScaleName = "Støttebehov (FFB)",
            Levels = Levels,
            Scores = scores,
            Trend = "Støttebehovet er faldet med 0,4 trin pr. måned",
            ResponseRate = $"Tilstrækkeligt datagrundlag ({count} af 26 forventede).",
        };
    }

    private static GoalContent Goal(Guid id, Guid? parent, string theme, string text, string? rationale, string[] interventions, EvaluationContent[] evaluations, IndicatorContent? indicator = null) => new()
    {
        Id = id,
        ParentId = parent,
        IsSubGoal = parent is not null,
        Theme = theme,
        Text = text,
        Rationale = rationale,
        Interventions = interventions,
        State = "Aktiv",
        Evaluations = evaluations,
        Indicator = indicator,
    };
}
