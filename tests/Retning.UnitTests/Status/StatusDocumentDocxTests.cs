using System.Text;
using DocumentFormat.OpenXml;
using Retning.Documents.Model;
using Retning.Domain.Status;
using Retning.UnitTests.Documents.Docx;
using Retning.Documents.Status;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Retning.UnitTests.Status;

/// <summary>The status as Word: valid, complete for what was chosen, nothing else, and readable by LibreOffice.</summary>
public sealed class StatusDocumentDocxTests
{
    private static readonly Lazy<byte[]> Docx = new(() => StatusDocx.Write(StatusDocumentSample.Content()));

    [Theory]
    [InlineData(FileFormatVersions.Office2019)]
    [InlineData(FileFormatVersions.Microsoft365)]
    public void The_document_passes_the_open_xml_validator(FileFormatVersions version)
    {
        var errors = DocxRead.ValidationErrors(Docx.Value, version);

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public void It_holds_the_title_facts_purpose_included_sections_and_every_goal_in_order()
    {
        var text = DocxRead.BodyText(Docx.Value);

        string[] inOrder =
        [
            "Status til kommunen", "Borger", StatusDocumentSample.CitizenName, "140315-xxxx",
            "Afsender", "Specialbørnehjemmet Lærkereden – Afdeling Øst", "Lærkevej 3, 9000 Aalborg", "Tlf. " + StatusDocumentSample.OfferPhone,
            "Kontaktteam", StatusDocumentSample.ContactLine, "Jens Ødegaard, jens@laerkereden.dk", "Aalborg Kommune", "Søren Ørsted",
            "ICS (børn og unge under 18 år)", "01-03-2026 – 31-08-2026", "01-09-2026", "Version", "Godkendt af", "Anne Æbelø", "03-09-2026",
            "Formålet med indsatsen", "Stabil skolegang: " + StatusDocumentSample.Purpose, "Kontakt til familien: " + StatusDocumentSample.FamilyPurpose,
            "Ressourcer, udfordringer og behov for støtte", "Siden sidste status: barnets/den unges ressourcer", "Fremadrettet: behov for støtte og indsats",
            "Ida er glad for rutiner", "Hun bliver urolig ved skift", StatusDocumentSample.ResourcesAhead,
            "Mål og delmål, der er arbejdet med i perioden", StatusDocumentSample.GoalsSince, StatusDocumentSample.GoalsAhead,
            "Mål 1: " + StatusDocumentSample.SchoolGoalText, "Tema: Skoleforhold · Tilstand: Aktiv", "Begrundelse: Handleplanens formål",
            "• Daglig kontakt med skolen", "Evalueringer i perioden", "12-05-2026", "Fortsæt", "Fremmødet er steget", "Kvantitativt: Svarprocent 92 %",
            "Delmål 1.1: " + StatusDocumentSample.PackBagText, "Skala: Støttebehov (FFB)", "Udvikling: Støttebehovet er faldet med 0,4 trin pr. måned.",
            "Svarprocent: Tilstrækkeligt datagrundlag", "Scoringer pr. måned 01-03-2026 – 31-08-2026", "Måned", "Første", "Seneste", "Median", "Antal", "marts 2026",
            "Delmål 1.2: " + StatusDocumentSample.MorningText,
            "Mål 2: " + StatusDocumentSample.FriendsGoalText, "Delmål 2.1: " + StatusDocumentSample.ClubText, "Ingen scoringer i perioden.",
            "Mål 3: " + StatusDocumentSample.HealthGoalText, "Delmål 3.1: " + StatusDocumentSample.BedtimeText,
            "Indsatser", "Siden sidste status: udførte indsatser", "Fremadrettet: planlagte indsatser", "Guidning ved morgenrutinen",
            "Opnåede resultater", StatusDocumentSample.ResultsText,
            "Målgruppe, kategori og støttebehov", "Målgruppe: børn med autismespektrumforstyrrelse",
            "Bilag: alle scoringer i perioden", "Delmål 1.1: " + StatusDocumentSample.PackBagText, "Scoringer 01-03-2026 – 31-08-2026", "Dato", "Score", "Niveau", "03-03-2026",
            "Delmål 1.2: " + StatusDocumentSample.MorningText, "Delmål 3.1: " + StatusDocumentSample.BedtimeText,
        ];
        var at = 0;
        foreach (var expected in inOrder)
        {
            var found = text.IndexOf(expected, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"\"{expected}\" is missing after position {at}.");
            at = found + expected.Length;
        }
    }

    [Fact]
    public void An_excluded_section_leaves_no_trace()
    {
        var text = DocxRead.BodyText(Docx.Value);

        Assert.DoesNotContain(StatusDocumentSample.ExcludedApproaches, text, StringComparison.Ordinal);
        Assert.DoesNotContain(StatusSections.Titles(StatusSectionKey.Approaches, StatusLayout.Ics).Heading, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Goals_appear_only_with_the_goals_section()
    {
        var content = StatusDocumentSample.Content() with { Sections = StatusDocumentSample.Sections(k => k != StatusSectionKey.Goals) };

        var text = DocxRead.BodyText(StatusDocx.Write(content));

        Assert.DoesNotContain(StatusDocumentSample.SchoolGoalText, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Scoringer", text, StringComparison.Ordinal);
        Assert.Contains(StatusDocumentSample.ResultsText, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_scored_sub_goal_has_one_chart_with_its_description_and_its_scores_per_month_and_the_appendix_every_score()
    {
        using var document = DocxRead.Open(Docx.Value);
        var drawings = document.MainDocumentPart!.Document!.Body!.Descendants<DW.DocProperties>().ToList();

        Assert.Equal(StatusDocumentSample.ScoredSubGoals.Length, document.MainDocumentPart.ImageParts.Count());
        Assert.Equal(StatusDocumentSample.ScoredSubGoals.Length, drawings.Count);
        for (var i = 0; i < drawings.Count; i++)
        {
            Assert.StartsWith($"Graf: støttebehov for delmålet »{StatusDocumentSample.ScoredSubGoals[i]}« i perioden 01-03-2026 – 31-08-2026: 26 scoringer", drawings[i].Description!.Value, StringComparison.Ordinal);
        }

        var model = StatusDocx.Model(StatusDocumentSample.Content());
        var monthly = model.Blocks.OfType<DataTable>().Where(t => t.Headers.SequenceEqual(StatusDocumentText.MonthlyHeaders)).ToList();
        Assert.Equal(3, monthly.Count);
        // 26 weekly scores from 3 March: March to August.
        Assert.All(monthly, t => Assert.Equal(["marts 2026", "april 2026", "maj 2026", "juni 2026", "juli 2026", "august 2026"], t.Rows.Select(r => r[0])));
        Assert.All(monthly, t => Assert.Equal(26, t.Rows.Sum(r => int.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture))));
        var image = Assert.IsType<Image>(model.Blocks[model.Blocks.ToList().IndexOf(monthly[0]) - 1]);
        Assert.Equal(16, image.WidthCm);

        var appendix = model.Blocks.ToList().IndexOf(Assert.Single(model.Blocks.OfType<Heading>(), h => h.Text == StatusDocumentText.AppendixHeading));
        var everyScore = model.Blocks.OfType<DataTable>().Where(t => t.Headers.SequenceEqual(["Dato", "Score", "Niveau"])).ToList();
        Assert.Equal(3, everyScore.Count);
        Assert.All(everyScore, t => Assert.Equal(26, t.Rows.Count));
        Assert.All(everyScore, t => Assert.True(model.Blocks.ToList().IndexOf(t) > appendix));
    }

    [Fact]
    public void Without_the_appendix_the_status_has_only_the_monthly_summaries()
    {
        var model = StatusDocx.Model(StatusDocumentSample.Content(appendix: false));

        Assert.DoesNotContain(model.Blocks.OfType<Heading>(), h => h.Text == StatusDocumentText.AppendixHeading);
        Assert.DoesNotContain(model.Blocks.OfType<DataTable>(), t => t.Headers.SequenceEqual(["Dato", "Score", "Niveau"]));
        Assert.Equal(3, model.Blocks.OfType<DataTable>().Count(t => t.Headers.SequenceEqual(StatusDocumentText.MonthlyHeaders)));
    }

    [Fact]
    public void A_month_row_has_its_first_and_latest_score_with_level_the_median_in_danish_and_the_count()
    {
        var month = new MonthlyScoreSummary(new DateOnly(2026, 5, 1), new ScoreContent(new DateOnly(2026, 5, 4), 3, "Meget"), new ScoreContent(new DateOnly(2026, 5, 25), 2, "Noget"), 2.5m, 4);

        Assert.Equal(["maj 2026", "3 Meget", "2 Noget", "2,5", "4"], StatusDocumentText.MonthlyRow(month));
    }

    [Fact]
    public void A_status_approved_without_a_sender_block_still_names_the_department()
    {
        var facts = StatusDocumentText.Facts(StatusDocumentSample.Content() with { Sender = null });

        Assert.Contains(("Afdeling", "Specialbørnehjemmet Lærkereden – Afdeling Øst"), facts);
        Assert.DoesNotContain(facts, f => f.Label is "Afsender" or "Kontaktteam");
    }

    [Fact]
    public void The_running_header_is_on_every_page_and_the_title_in_the_footer()
    {
        using var document = DocxRead.Open(Docx.Value);

        var header = Assert.Single(document.MainDocumentPart!.HeaderParts);
        Assert.Equal(StatusDocumentSample.RunningHeader, DocxRead.Text(header.Header!.Descendants<W.Paragraph>()));
        Assert.Contains("Status til kommunen", DocxRead.Text(Assert.Single(document.MainDocumentPart.FooterParts).Footer!.Descendants<W.Paragraph>()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_says_so_and_empty_texts_show_a_dash()
    {
        var content = StatusDocumentSample.Content(approved: false) with
        {
            Purposes = [],
            Municipality = null,
            Sections = [.. StatusDocumentSample.Content().Sections.Select(s => s with { Since = s.Key == StatusSectionKey.Resources ? null : s.Since, Ahead = s.Key == StatusSectionKey.Resources ? "  " : s.Ahead })],
        };

        var model = StatusDocx.Model(content);
        var text = DocxRead.BodyText(StatusDocx.Write(content));

        Assert.Contains(new TitleFact("Godkendelse", "Kladde – ikke godkendt"), model.TitleFacts);
        Assert.DoesNotContain(model.TitleFacts, f => f.Label is "Godkendt af" or "Kommune");
        Assert.Contains(StatusDocumentText.NoPurpose, text, StringComparison.Ordinal);
        var resources = Assert.Single(model.Blocks.OfType<TwoColumns>(), c => c.LeftTitle.Contains("ressourcer", StringComparison.Ordinal));
        Assert.Equal(("—", "—"), (resources.LeftText, resources.RightText));
    }

    [Fact]
    public void The_file_name_says_whose_status_by_first_name_and_initial_with_the_period_and_version_and_never_the_CPR()
    {
        Assert.Equal("status-ida-s-2026-03-01--2026-08-31-v2.docx", StatusFileName.For(StatusDocumentSample.Content(), ".docx"));
        Assert.Equal("status-ida-s-2026-03-01--2026-08-31-v2-kladde.pdf", StatusFileName.For(StatusDocumentSample.Content(approved: false), ".pdf"));
        Assert.Equal("status-2026-03-01--2026-08-31-v2.pdf", StatusFileName.For(StatusDocumentSample.Content(), ".pdf", includeName: false));
        Assert.DoesNotContain("140315", StatusFileName.For(StatusDocumentSample.Content(), ".pdf"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Agnes Madsen", "agnes-m")]
    [InlineData("Agnes Marie Madsen", "agnes-m")]
    [InlineData("Ærbøl Åsted", "aerboel-a")]
    [InlineData("Søren Øster", "soeren-o")]
    [InlineData("Anne-Marie  Zoë", "anne-marie-z")]
    [InlineData("Émile Ågård", "emile-a")]
    [InlineData("Bo", "bo")]
    [InlineData("  ", "")]
    public void The_short_name_is_the_first_name_and_the_last_names_initial_in_lower_case_ascii(string fullName, string expected) =>
        Assert.Equal(expected, StatusFileName.ShortName(fullName));

    [Fact]
    public void LibreOffice_opens_it_and_the_danish_text_comes_out()
    {
        Assert.True(DocxLibreOffice.Executable is not null, DocxLibreOffice.MissingMessage);
        using var office = new DocxLibreOffice();

        var text = Encoding.UTF8.GetString(office.Convert(Docx.Value, "txt:Text (encoded):UTF8", ".txt")).ReplaceLineEndings("\n");

        Assert.Contains("Status til kommunen", text, StringComparison.Ordinal);
        Assert.Contains(StatusDocumentSample.CitizenName, text, StringComparison.Ordinal);
        Assert.Contains("Mål 1: " + StatusDocumentSample.SchoolGoalText, text, StringComparison.Ordinal);
        Assert.Contains("Delmål 3.1: " + StatusDocumentSample.BedtimeText, text, StringComparison.Ordinal);
        Assert.Contains("Fremadrettet: behov for støtte og indsats", text, StringComparison.Ordinal);
        Assert.Contains("Søvn er en forudsætning for skolegangen.", text, StringComparison.Ordinal);
        Assert.DoesNotContain(StatusDocumentSample.ExcludedApproaches, text, StringComparison.Ordinal);
    }

    [Fact]
    public void LibreOffice_prints_the_running_header_and_page_x_of_y_on_every_page()
    {
        Assert.True(DocxLibreOffice.Executable is not null, DocxLibreOffice.MissingMessage);
        Assert.True(DocxPdfText.IsInstalled, DocxPdfText.MissingMessage);
        using var office = new DocxLibreOffice();

        var pages = DocxPdfText.Pages(office.Convert(Docx.Value, "pdf", ".pdf"));

        Assert.True(pages.Count >= 3, $"The sample runs over several pages, got {pages.Count}.");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains(StatusDocumentSample.RunningHeader, pages[i], StringComparison.Ordinal);
            Assert.Contains($"Side {i + 1} af {pages.Count}", pages[i], StringComparison.Ordinal);
        }
    }
}
