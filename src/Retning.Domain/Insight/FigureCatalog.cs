namespace Retning.Domain.Insight;

/// <summary>
/// The definition card of every figure, in Danish, as the page shows it (docs/domain.md,
/// "Management information"). The texts say exactly what <see cref="Figures.Count"/> does: change
/// one with the other.
/// </summary>
public static class FigureCatalog
{
    private const string MovedCitizen = "En borger tælles i den afdeling, borgeren boede i på den dag, der placerer rækken i perioden; er borgeren flyttet, tælles rækken der, hvor borgeren var den dag.";
    private const string AtPeriodEnd = "Borgeren tælles i den afdeling, borgeren boede i på periodens sidste dag (eller udskrivningsdagen), så afdelingerne summer til totalen.";
    private const string Rounding = "Procenten er tæller ÷ nævner, rundet ned til hel procent.";

    public static readonly IReadOnlyList<FigureDefinition> All =
    [
        new(FigureKey.Citizens, FigureGroup.Volume, "borgere", "Borgere", "borgere",
            "Borgere, der var indskrevet mindst én dag i perioden, delt i indskrevet i perioden, udskrevet i perioden og indskrevet hele perioden.",
            null, AtPeriodEnd, "Borgere indskrevet efter periodens slutning eller udskrevet før dens start.", ByGoal: false),
        new(FigureKey.Plans, FigureGroup.Volume, "planer", "Planer", "planer",
            "Planer for borgere, der var indskrevet mindst én dag i perioden.", null, AtPeriodEnd, "Borgere uden plan.", ByGoal: false),
        new(FigureKey.Goals, FigureGroup.Volume, "maal", "Aktive mål", "mål",
            "Mål, der havde status Aktivt mindst én dag i perioden, mens borgeren var indskrevet.", null, AtPeriodEnd,
            "Mål, der kun var passive, opnåede eller afsluttede i perioden.", ByGoal: true),
        new(FigureKey.SubGoals, FigureGroup.Volume, "delmaal", "Aktive delmål", "delmål",
            "Delmål, der havde status Aktivt mindst én dag i perioden, mens borgeren var indskrevet.", null, AtPeriodEnd,
            "Delmål, der kun var passive, opnåede eller afsluttede i perioden.", ByGoal: true),
        new(FigureKey.PurposesReceived, FigureGroup.Purposes, "formaal", "Modtagne formål pr. kategori", "formål",
            "Formål og reviderede formål fra kommunen med modtagelsesdato i perioden, fordelt på den kategori, de fik ved registreringen.",
            null, MovedCitizen, "Formål uden kategori vises som \"Ikke kategoriseret\".", ByGoal: false),
        new(FigureKey.CitizensWithPurpose, FigureGroup.Purposes, "borgere-uden-formaal", "Borgere med modtaget formål", "borgere",
            "Borgere, der var indskrevet på periodens sidste dag; de uden formål delt efter dage siden indskrivning.",
            "Tæller: borgere med et formål modtaget senest periodens sidste dag. Nævner: alle borgere, der var indskrevet den dag. " + Rounding,
            "Tallet gælder periodens sidste dag; borgeren tælles i den afdeling, borgeren boede i den dag.", "Borgere udskrevet senest periodens sidste dag.", ByGoal: false),
        new(FigureKey.GoalsClosed, FigureGroup.Attainment, "maalopfyldelse", "Afsluttede mål og delmål", "mål og delmål",
            "Mål og delmål, der fik status Opnået eller Afsluttet (ikke opnået) på en dag i perioden.",
            "Tæller: opnåede. Nævner: alle afsluttede i perioden. " + Rounding, MovedCitizen,
            "Mål lukket to gange i perioden tælles én gang (den sidste lukning). Mål lukket før Retning gemte statushistorik.", ByGoal: true),
        new(FigureKey.EvaluationDecisions, FigureGroup.Attainment, "evalueringer", "Evalueringernes beslutninger", "evalueringer",
            "Evalueringer af mål og delmål med evalueringsdato i perioden, fordelt på beslutningen: fortsæt, justér, afslut – opnået, afslut – ikke opnået.",
            null, MovedCitizen + " Et mål evalueret to gange i perioden tælles to gange.", "Ingen.", ByGoal: true),
        new(FigureKey.SupportNeedChange, FigureGroup.SupportNeed, "stoettebehov", "Ændring i støttebehov (parret)", "delmål",
            "Delmål med en skala, der var aktive i perioden: periodens første og seneste scoring sammenlignes. På FFB-skalaen betyder et lavere tal mindre støttebehov.",
            "Tæller: delmål med en succes efter måltypen — udvikle: mindre støttebehov; fastholde: uændret eller mindre; begrænse tab af funktionsevne: højst ét trin større. Nævner: delmål med mindst to scoringer på samme skalaversion. " + Rounding,
            AtPeriodEnd, "Delmål med færre end to scoringer, kun \"Ikke vurderet\", eller hvor skalaen er skiftet mellem første og seneste scoring, tælles ikke med, men vises på listen.", ByGoal: true),
        new(FigureKey.EvaluationsOnTime, FigureGroup.Timeliness, "evalueringer-til-tiden", "Evalueringer til tiden", "evalueringer",
            "Evalueringer, der forfaldt i perioden og senest i dag. Første evaluering forfalder ét interval (1–3 måneder) efter målets start; hver evaluering sætter den næste (højst 3 måneder frem).",
            "Tæller: evalueringer lavet senest forfaldsdagen. Nævner: alle forfaldne, også de manglende. " + Rounding,
            MovedCitizen + " Rækken placeres på forfaldsdagen.", "Evalueringer, hvis frist ikke er nået. Mål lukket før fristen.", ByGoal: true),
        new(FigureKey.NewGoalsReviewed, FigureGroup.Timeliness, "nye-maal", "Nye mål gennemgået på første teammøde", "mål og delmål",
            "Mål og delmål oprettet i perioden. Retning kender teammøderne ved de evalueringer, der laves på dem: et nyt mål er gennemgået, når det er evalueret første gang.",
            "Tæller: gennemgået senest den første evalueringsdato. Nævner: nye mål, hvis første frist er nået. " + Rounding,
            MovedCitizen + " Rækken placeres på oprettelsesdagen.", "Nye mål, hvis første frist ikke er nået (vises på listen). Mål lukket uden evaluering før første frist.", ByGoal: true),
        new(FigureKey.StatusSentOnTime, FigureGroup.Timeliness, "status-sendt", "Status sendt mindst 14 dage før mødet", "statusmøder",
            "Statusmøder afholdt i perioden (ikke aflyste, senest i dag).",
            "Tæller: møder, hvor status blev sendt senest 14 dage før. Nævner: alle afholdte møder. " + Rounding,
            MovedCitizen + " Rækken placeres på mødedagen.", "Aflyste møder.", ByGoal: false),
        new(FigureKey.MinutesSentOnTime, FigureGroup.Timeliness, "referat-sendt", "Referat sendt inden for 7 dage", "statusmøder",
            "Statusmøder afholdt i perioden (ikke aflyste, senest i dag).",
            "Tæller: møder, hvor referatet blev sendt senest 7 dage efter. Nævner: møder, hvis frist er nået. " + Rounding,
            MovedCitizen + " Rækken placeres på mødedagen.", "Aflyste møder; møder, hvis 7-dages frist ikke er nået (vises på listen).", ByGoal: false),
        new(FigureKey.DpuOnTime, FigureGroup.Timeliness, "dpu", "DPU til tiden", "DPU-frister",
            "DPU-frister i perioden: senest 12 måneder efter indskrivning, derefter senest 24 måneder efter den seneste DPU.",
            "Tæller: frister, hvor DPU'en blev lavet senest fristen. Nævner: alle frister i perioden, der er nået. " + Rounding,
            MovedCitizen + " Rækken placeres på fristens dag.", "Frister, der ikke er nået endnu.", ByGoal: false),
        new(FigureKey.CompassBegun, FigureGroup.Timeliness, "kompas", "Autonomt kompas påbegyndt", "borgere",
            "Borgere, hvis autonome kompas skulle påbegyndes (6 måneder efter indskrivning) i perioden.",
            "Tæller: planer, hvor kompasset er påbegyndt i dag. Nævner: alle med frist i perioden. " + Rounding,
            MovedCitizen + " Kompasset læses, som det står i dag: Retning gemmer ikke, hvornår det blev påbegyndt.", "Frister, der ikke er nået endnu.", ByGoal: false),
        new(FigureKey.PlanRevisionDate, FigureGroup.Timeliness, "revisionsdato", "Planer inden for revisionsdatoen", "planer",
            "Planer for borgere indskrevet på periodens sidste dag.",
            "Tæller: planer, hvis revisionsdato ikke var overskredet på periodens sidste dag. Nævner: alle planerne, også dem uden revisionsdato. " + Rounding,
            "Revisionsdatoen læses, som den står i planen i dag.", "Borgere udskrevet senest periodens sidste dag.", ByGoal: false),
        new(FigureKey.PlanPerspective, FigureGroup.Participation, "borgerens-perspektiv", "Planer med borgerens perspektiv og deltagelse", "planer",
            "Planer for borgere indskrevet mindst én dag i perioden.",
            "Tæller: planer, hvor både borgerens eget perspektiv (eller \"ingen ønsker\") og borgerens deltagelse er skrevet. Nævner: alle planerne. " + Rounding,
            AtPeriodEnd + " Planen læses, som den står i dag.", "Borgere uden plan.", ByGoal: false),
        new(FigureKey.GoalParticipation, FigureGroup.Participation, "borgerens-deltagelse", "Mål med borgerens deltagelse", "mål og delmål",
            "Mål og delmål, der var aktive mindst én dag i perioden.",
            "Tæller: mål og delmål, hvor det er skrevet, hvordan borgeren har deltaget. Nævner: alle de aktive. " + Rounding,
            AtPeriodEnd + " Målet læses, som det står i dag.", "Mål, der kun var passive eller lukkede i perioden.", ByGoal: true),
        new(FigureKey.SmortChecks, FigureGroup.Participation, "smort", "Mål, der opfylder de kontrollerbare SMORT-bogstaver", "mål og delmål",
            "Mål og delmål, der var aktive mindst én dag i perioden. Kontrolleret: slutdato (T), evaluering mindst hver 3. måned (E), knyttet til et formål (R) og for delmål en indikator eller et mål (M).",
            "Tæller: mål og delmål, der opfylder alle fire. Nævner: alle de aktive. Det første manglende bogstav vises. " + Rounding,
            AtPeriodEnd + " Målet læses, som det står i dag.", "Formuleringen (S, O) vurderes af personalet og tælles ikke.", ByGoal: true),
        new(FigureKey.ResponseRate, FigureGroup.ResponseRate, "svarprocent", "Svarprocent", "delmål",
            "Delmål med en scoringshyppighed (dag, uge, måned), pr. afdeling borgeren boede i: de scoringer, der var forventet på dage, hvor delmålet var aktivt og borgeren boede der, og de givne.",
            "Tæller: givne scoringer. Nævner: forventede scoringer, summeret over delmålene (et dagligt delmål vejer mere end et månedligt). En dag, uge eller måned, der stadig løber, forventer først noget, når den har en scoring. Delmålet er over grænsen, når dets egen svarprocent når tilbuddets grænse (70 %, medmindre tilbuddet har valgt en anden). " + Rounding,
            "En borger, der er flyttet, tæller i hver afdeling for de dage, borgeren boede der. Samme regel som på delmålets side og siden Svarprocent.",
            "Scoringer på noter markeret som skrevet på den forkerte borger; dage, hvor delmålet var passivt; delmål uden forventede scoringer endnu (vises på listen).", ByGoal: true),
    ];

    private static readonly Dictionary<FigureKey, FigureDefinition> ByKey = All.ToDictionary(d => d.Key);
    private static readonly Dictionary<string, FigureDefinition> BySlug = All.ToDictionary(d => d.Slug, StringComparer.Ordinal);

    public static FigureDefinition Of(FigureKey key) => ByKey[key];

    public static FigureDefinition? FromSlug(string? slug) => slug is not null && BySlug.TryGetValue(slug, out var d) ? d : null;

    public static string Danish(this FigureGroup group) => group switch
    {
        FigureGroup.Volume => "Omfang",
        FigureGroup.Purposes => "Formål",
        FigureGroup.Attainment => "Målopfyldelse",
        FigureGroup.SupportNeed => "Ændring i støttebehov",
        FigureGroup.Timeliness => "Rettidighed",
        FigureGroup.Participation => "Borgerinddragelse og målenes kvalitet",
        FigureGroup.ResponseRate => "Svarprocent",
        _ => group.ToString(),
    };
}
