using System.Globalization;
using Retning.Domain.Status;

namespace Retning.Documents.Status;

/// <summary>
/// The status as semantic HTML: the one markup of the document, shown by the print view (through
/// the partial <c>Pages/Borgere/Status/_StatusDocument.cshtml</c>) and printed to PDF (inside
/// <see cref="StatusPdfHtml"/>). Written in C# rather than Razor so that the PDF, which is also
/// made by tests and the benchmark, needs no request, view engine or HttpContext; every text is
/// encoded by <see cref="HtmlBuilder"/>. Styled by the "Statusdokument" block of site.css
/// (<see cref="StatusDocumentCss"/>); long texts keep their line breaks (white-space: pre-line).
/// </summary>
public static class StatusDocumentHtml
{
    /// <summary>The document as an HTML fragment (one &lt;article class="status-doc"&gt;).</summary>
    /// <param name="content">The status report's content.</param>
    /// <param name="firstHeadingLevel">
    /// 1 when the document is the page (print view, PDF): title h1, sections h2, goals h3,
    /// sub-goals h4. 2 inside a page that has its own h1 (e.g. under the citizen header): one lower each.
    /// </param>
    public static string Render(StatusContent content, int firstHeadingLevel = 1)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfLessThan(firstHeadingLevel, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstHeadingLevel, 2);
        var html = new HtmlBuilder();
        new Writer(html, content, firstHeadingLevel - 1).Document();
        return html.ToString();
    }

    private sealed class Writer(HtmlBuilder html, StatusContent content, int offset)
    {
        private string H(int level) => "h" + (level + offset).ToString(CultureInfo.InvariantCulture);

        public void Document()
        {
            using (html.Open("article", "status-doc", ("lang", "da")))
            {
                using (html.Open("header", "status-doc-head"))
                {
                    html.Element(H(1), StatusDocumentText.Title, "status-doc-title");
                    html.Facts(StatusDocumentText.Facts(content), "status-doc-facts status-doc-title-facts");
                }

                using (html.Open("section", "status-doc-section"))
                {
                    html.Element(H(2), StatusDocumentText.PurposeHeading, "status-doc-heading");
                    Purposes();
                }

                foreach (var section in content.Sections)
                {
                    Section(section);
                }

                if (content.ScoresAppendix)
                {
                    ScoresAppendix();
                }
            }
        }

        /// <summary>The contact team's optional appendix: every score of each scored sub-goal, in the document's numbering.</summary>
        private void ScoresAppendix()
        {
            var goals = StatusDocumentText.ScoredGoals(content).ToList();
            if (goals.Count == 0)
            {
                return;
            }

            using var _ = html.Open("section", "status-doc-section status-doc-appendix");
            html.Element(H(2), StatusDocumentText.AppendixHeading, "status-doc-heading");
            foreach (var numbered in goals)
            {
                using (html.Open(H(3), "status-doc-goal-heading"))
                {
                    html.Element("span", numbered.Label + ":", "status-doc-kind").Text(" ").Text(numbered.Goal.Text.Trim());
                }

                // Many short rows: the table flows in up to three columns (its header repeats in each), not down several pages.
                using var columns = html.Open("div", "status-doc-scores-columns");
                html.Table(
                    StatusDocumentText.ScoresCaption(content),
                    StatusDocumentText.ScoreHeaders,
                    numbered.Goal.Indicator!.Scores.OrderBy(s => s.On).Select(s => new[] { StatusDocumentText.Date(s.On), s.Value.ToString(CultureInfo.InvariantCulture), s.Label }),
                    "status-doc-scores");
            }
        }

        private void Purposes()
        {
            var purposes = StatusDocumentText.Purposes(content);
            if (purposes.Count == 0)
            {
                html.Element("p", StatusDocumentText.NoPurpose, "status-doc-text");
                return;
            }

            using var _ = html.Open("ul", "status-doc-list status-doc-purposes");
            foreach (var purpose in purposes)
            {
                html.Element("li", purpose, "status-doc-text");
            }
        }

        private void Section(SectionContent section)
        {
            using var _ = html.Open("section", "status-doc-section");
            html.Element(H(2), section.Heading, "status-doc-heading");
            if (section.AheadTitle is { } aheadTitle)
            {
                using (html.Open("div", "status-doc-columns"))
                {
                    Column(StatusDocumentText.SinceSide, section.SinceTitle, section.Since);
                    Column(StatusDocumentText.AheadSide, aheadTitle, section.Ahead);
                }
            }
            else
            {
                if (StatusDocumentText.Subtitle(section) is { } subtitle)
                {
                    html.Element(H(3), subtitle, "status-doc-subheading");
                }

                html.Element("p", StatusDocumentText.Or(section.Since), "status-doc-text");
            }

            if (section.Key == StatusSectionKey.Goals)
            {
                Goals();
            }
        }

        /// <summary>One side: "Siden sidste status" (or "Fremadrettet") above the layout's own title, then the text.</summary>
        private void Column(string side, string title, string? text)
        {
            using var _ = html.Open("div", "status-doc-column");
            using (html.Open(H(3), "status-doc-column-heading"))
            {
                html.Element("span", side, "status-doc-side");
                var detail = StatusDocumentText.SideDetail(side, title);
                if (detail.Length > 0)
                {
                    // The colon keeps "Siden sidste status: …" one phrase for a screen reader and in copied text.
                    html.Element("span", ": ", "status-doc-side-colon");
                    html.Element("span", detail, "status-doc-side-detail");
                }
            }

            html.Element("p", StatusDocumentText.Or(text), "status-doc-text");
        }

        private void Goals()
        {
            var goals = NumberedGoal.Arrange(content.Goals);
            if (goals.Count == 0)
            {
                html.Element("p", StatusDocumentText.NoGoals);
                return;
            }

            using var _ = html.Open("div", "status-doc-goals");
            foreach (var goal in goals)
            {
                using (html.Open("div", "status-doc-goal"))
                {
                    Goal(goal, 3);
                    foreach (var subGoal in goal.SubGoals)
                    {
                        using (html.Open("div", "status-doc-goal status-doc-subgoal"))
                        {
                            Goal(subGoal, 4);
                        }
                    }
                }
            }
        }

        private void Goal(NumberedGoal numbered, int level)
        {
            var goal = numbered.Goal;
            using (html.Open(H(level), "status-doc-goal-heading"))
            {
                html.Element("span", numbered.Label + ":", "status-doc-kind").Text(" ").Text(goal.Text.Trim());
            }

            var facts = new List<(string, string)> { ("Tema", StatusDocumentText.Or(goal.Theme)), ("Tilstand", StatusDocumentText.Or(goal.State)) };
            if (!string.IsNullOrWhiteSpace(goal.Rationale))
            {
                facts.Add(("Begrundelse", goal.Rationale.Trim()));
            }

            var interventions = goal.Interventions.Where(i => !string.IsNullOrWhiteSpace(i)).Select(StatusDocumentText.Intervention).ToList();
            using (html.Open("dl", "status-doc-facts status-doc-goal-facts"))
            {
                foreach (var (label, value) in facts)
                {
                    html.Element("dt", label).Element("dd", value, "status-doc-text");
                }

                if (interventions.Count > 0)
                {
                    html.Element("dt", "Indsatser");
                    using (html.Open("dd"))
                    using (html.Open("ul", "status-doc-list"))
                    {
                        foreach (var intervention in interventions)
                        {
                            html.Element("li", intervention);
                        }
                    }
                }
            }

            if (goal.Evaluations.Count == 0)
            {
                html.Element("p", StatusDocumentText.NoEvaluations, "status-doc-none");
            }
            else
            {
                html.Table(
                    StatusDocumentText.EvaluationsCaption,
                    StatusDocumentText.EvaluationHeaders,
                    goal.Evaluations.OrderBy(e => e.On).Select(e => new[] { StatusDocumentText.Date(e.On), StatusDocumentText.Or(e.Decision), StatusDocumentText.Conclusion(e) }),
                    "status-doc-evaluations");
            }

            if (goal.Indicator is { } indicator)
            {
                Indicator(goal, indicator);
            }
        }

        private void Indicator(GoalContent goal, IndicatorContent indicator)
        {
            using var _ = html.Open("div", "status-doc-indicator");
            using (html.Open("dl", "status-doc-facts"))
            {
                foreach (var (label, text) in StatusDocumentText.IndicatorLines(indicator))
                {
                    html.Element("dt", label).Element("dd", text);
                }
            }

            if (!StatusCharts.HasChart(goal))
            {
                html.Element("p", StatusDocumentText.NoScores, "status-doc-none");
                return;
            }

            using (html.Open("figure", "status-doc-chart"))
            {
                // role="img" with the summary: the SVG's own texts (axis labels) are not read out one by one.
                using (html.Open("div", "status-doc-chart-image", ("role", "img"), ("aria-label", StatusCharts.Description(content, goal))))
                {
                    html.TrustedSvg(StatusCharts.Svg(content, indicator));
                }

                html.Element("figcaption", StatusDocumentText.ChartCaption);
            }

            html.Table(
                StatusDocumentText.MonthlyCaption(content),
                StatusDocumentText.MonthlyHeaders,
                MonthlyScoreSummary.For(indicator.Scores).Select(StatusDocumentText.MonthlyRow),
                "status-doc-monthly");
        }
    }
}
