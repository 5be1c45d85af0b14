using Retning.Documents.Charts;
using Retning.Documents.Model;
using Retning.Domain.Diary;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Documents.Docx;

/// <summary>
/// Models for the DOCX tests: a realistic status report using every block type, and the texts
/// the tests look for in it. Plain data, no assertions (so a scratch program can print it too).
/// </summary>
internal static class DocxSample
{
    public const string Title = "Status til kommunen";
    public const string RunningHeader = "Agnes Madsen · 1. marts–31. august 2026";
    public const string DanishLetters = "Blåbærgrød på Ærø: æøå ÆØÅ";

    /// <summary>A paragraph of about 2,500 characters, so the report runs over several pages.</summary>
    public static readonly string LongText = string.Join(' ', Enumerable.Range(1, 24).Select(i =>
        $"Afsnit {i}: Agnes har i perioden øvet sig i at lægge et ugebudget sammen med sin kontaktperson, og hun følger det i de fleste uger."));

    /// <summary>The SubGoalChart PNG for March–August 2026: 1200 × 540 pixels.</summary>
    public static readonly Lazy<byte[]> ChartPng = new(() => SubGoalChart.Png(new SubGoalChartData(
        [
            new ScorePoint(new DateOnly(2026, 3, 4), 3),
            new ScorePoint(new DateOnly(2026, 4, 2), 3),
            new ScorePoint(new DateOnly(2026, 5, 6), 2),
            new ScorePoint(new DateOnly(2026, 6, 3), 2),
            new ScorePoint(new DateOnly(2026, 7, 1), 1),
            new ScorePoint(new DateOnly(2026, 8, 5), 1),
        ],
        IndicatorScale.FfbSupportNeed(),
        new DateOnly(2026, 3, 1),
        new DateOnly(2026, 8, 31),
        [])));

    public const string ChartDescription =
        "Graf over støttebehov for delmålet 'Betaler regninger til tiden' fra marts til august 2026: fra moderat til let støttebehov.";

    public static IReadOnlyList<TitleFact> Facts { get; } =
    [
        new("Borger", "Agnes Madsen"),
        new("CPR-nr.", "120345-XXXX"),
        new("Periode", "1. marts 2026 – 31. august 2026"),
        new("Tilbud", "Botilbuddet Lærkereden, afdeling Øst"),
        new("Kontaktperson", "Søren Ørsted"),
        new("Dato", "7. september 2026"),
    ];

    public static DocumentModel Full() => new(Title, Facts, RunningHeader,
    [
        new Heading(1, "Sammenfatning"),
        new Paragraph("Agnes har haft en god periode.\nHun er flyttet til en større lejlighed i afdelingen\nog har selv stået for indretningen."),
        new Paragraph(DanishLetters),
        new Heading(1, "Mål og delmål"),
        new Heading(2, "Mål 1: Agnes klarer sin egen økonomi"),
        new TwoColumns(
            "Siden sidst",
            "Agnes har lagt et ugebudget hver mandag.\nHun har betalt husleje og el til tiden i alle seks måneder.",
            "Fremadrettet",
            "Agnes vil selv ringe til banken, når hun er i tvivl.\nVi aftaler et kort møde hver anden uge i stedet for hver uge."),
        new Heading(3, "Delmål 1.1: Betaler regninger til tiden"),
        new Image(ChartPng.Value, 16, ChartDescription),
        new DataTable(
            ["Dato", "Score", "Niveau", "Bemærkning"],
            [
                ["04-03-2026", "3", "Moderat", "Husleje betalt med hjælp"],
                ["02-04-2026", "3", "Moderat", "Glemte elregningen én gang"],
                ["06-05-2026", "2", "Let", "Brugte påmindelse i telefonen"],
                ["03-06-2026", "2", "Let", string.Empty],
                ["01-07-2026", "1", "Intet", "Betalte alt selv"],
                ["05-08-2026", "1", "Intet", "Betalte alt selv; spurgte om ferieopsparing"],
            ],
            "Tabel 1. Scoringer for delmål 1.1"),
        new Heading(2, "Mål 2: Agnes deltager i fællesskaber"),
        new Paragraph(LongText),
        new Heading(1, "Bemærkninger"),
        new Paragraph("Ingen yderligere bemærkninger.\tSpørgsmål kan rettes til kontaktpersonen."),
    ])
    {
        Created = new DateTimeOffset(2026, 9, 7, 10, 30, 0, TimeSpan.FromHours(2)),
    };
}
