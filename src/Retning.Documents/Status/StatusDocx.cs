using System.Globalization;
using Retning.Documents.Docx;
using Retning.Documents.Model;
using Retning.Domain.Status;

namespace Retning.Documents.Status;

/// <summary>
/// A status as a Word document: the same content, order and words as the print view
/// (<see cref="StatusDocumentHtml"/>), mapped to the format-neutral <see cref="DocumentModel"/>.
/// Sections are Heading 1, goals Heading 2, sub-goals Heading 3; two-sided sections are a
/// two-column table ("Siden sidste status" | "Fremadrettet"); a scored sub-goal has its chart
/// (PNG with alt text) followed by its scores as a table.
/// </summary>
public static class StatusDocx
{
    /// <summary>The DOCX bytes. <paramref name="created"/> is written as the file's created date (the caller's clock).</summary>
    public static byte[] Write(StatusContent content, DateTimeOffset? created = null) => DocxWriter.Write(Model(content, created));

    /// <summary>The document model (exposed for tests and other writers).</summary>
    public static DocumentModel Model(StatusContent content, DateTimeOffset? created = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var purposes = StatusDocumentText.Purposes(content);
        var blocks = new List<DocumentBlock>
        {
            new Heading(1, StatusDocumentText.PurposeHeading),
            new Paragraph(purposes.Count == 0 ? StatusDocumentText.NoPurpose : string.Join('\n', purposes.Select(p => "• " + p))),
        };

        foreach (var section in content.Sections)
        {
            blocks.Add(new Heading(1, section.Heading));
            if (section.AheadTitle is { } aheadTitle)
            {
                blocks.Add(new TwoColumns(
                    StatusDocumentText.SideTitle(StatusDocumentText.SinceSide, section.SinceTitle),
                    StatusDocumentText.Or(section.Since),
                    StatusDocumentText.SideTitle(StatusDocumentText.AheadSide, aheadTitle),
                    StatusDocumentText.Or(section.Ahead)));
            }
            else
            {
                if (StatusDocumentText.Subtitle(section) is { } subtitle)
                {
                    blocks.Add(new Heading(3, subtitle));
                }

                blocks.Add(new Paragraph(StatusDocumentText.Or(section.Since)));
            }

            if (section.Key == StatusSectionKey.Goals)
            {
                AddGoals(blocks, content);
            }
        }

        if (content.ScoresAppendix)
        {
            AddScoresAppendix(blocks, content);
        }

        return new DocumentModel(
            StatusDocumentText.Title,
            [.. StatusDocumentText.Facts(content).Select(f => new TitleFact(f.Label, f.Value))],
            content.RunningHeader,
            blocks)
        {
            Created = created,
        };
    }

    private static void AddGoals(List<DocumentBlock> blocks, StatusContent content)
    {
        var goals = NumberedGoal.Arrange(content.Goals);
        if (goals.Count == 0)
        {
            blocks.Add(new Paragraph(StatusDocumentText.NoGoals));
            return;
        }

        foreach (var goal in goals)
        {
            AddGoal(blocks, content, goal, level: 2);
            foreach (var subGoal in goal.SubGoals)
            {
                AddGoal(blocks, content, subGoal, level: 3);
            }
        }
    }

    private static void AddGoal(List<DocumentBlock> blocks, StatusContent content, NumberedGoal numbered, int level)
    {
        var goal = numbered.Goal;
        blocks.Add(new Heading(level, $"{numbered.Label}: {goal.Text.Trim()}"));
        blocks.Add(new Paragraph($"Tema: {StatusDocumentText.Or(goal.Theme)} · Tilstand: {StatusDocumentText.Or(goal.State)}"));
        if (!string.IsNullOrWhiteSpace(goal.Rationale))
        {
            blocks.Add(new Paragraph($"Begrundelse: {goal.Rationale.Trim()}"));
        }

        var interventions = goal.Interventions.Where(i => !string.IsNullOrWhiteSpace(i)).Select(StatusDocumentText.Intervention).ToList();
        if (interventions.Count > 0)
        {
            blocks.Add(new Paragraph("Indsatser:\n" + string.Join('\n', interventions.Select(i => "• " + i))));
        }

        if (goal.Evaluations.Count == 0)
        {
            blocks.Add(new Paragraph(StatusDocumentText.NoEvaluations));
        }
        else
        {
            blocks.Add(new DataTable(
                StatusDocumentText.EvaluationHeaders,
                [.. goal.Evaluations.OrderBy(e => e.On).Select(e => (IReadOnlyList<string>)[StatusDocumentText.Date(e.On), StatusDocumentText.Or(e.Decision), StatusDocumentText.Conclusion(e)])],
                StatusDocumentText.EvaluationsCaption));
        }

        if (goal.Indicator is { } indicator)
        {
            AddIndicator(blocks, content, goal, indicator);
        }
    }

    private static void AddIndicator(List<DocumentBlock> blocks, StatusContent content, GoalContent goal, IndicatorContent indicator)
    {
        blocks.Add(new Paragraph(string.Join('\n', StatusDocumentText.IndicatorLines(indicator).Select(l => $"{l.Label}: {l.Text}"))));
        if (!StatusCharts.HasChart(goal))
        {
            blocks.Add(new Paragraph(StatusDocumentText.NoScores));
            return;
        }

        blocks.Add(new Image(StatusCharts.Png(content, indicator), StatusCharts.DocxWidthCm, StatusCharts.Description(content, goal)));
        blocks.Add(new DataTable(
            StatusDocumentText.MonthlyHeaders,
            [.. MonthlyScoreSummary.For(indicator.Scores).Select(m => (IReadOnlyList<string>)StatusDocumentText.MonthlyRow(m))],
            StatusDocumentText.MonthlyCaption(content)));
    }

    /// <summary>The contact team's optional appendix: every score of each scored sub-goal.</summary>
    private static void AddScoresAppendix(List<DocumentBlock> blocks, StatusContent content)
    {
        var goals = StatusDocumentText.ScoredGoals(content).ToList();
        if (goals.Count == 0)
        {
            return;
        }

        blocks.Add(new Heading(1, StatusDocumentText.AppendixHeading));
        foreach (var numbered in goals)
        {
            blocks.Add(new Heading(2, $"{numbered.Label}: {numbered.Goal.Text.Trim()}"));
            blocks.Add(new DataTable(
                StatusDocumentText.ScoreHeaders,
                [.. numbered.Goal.Indicator!.Scores.OrderBy(s => s.On).Select(s => (IReadOnlyList<string>)[StatusDocumentText.Date(s.On), s.Value.ToString(CultureInfo.InvariantCulture), s.Label])],
                StatusDocumentText.ScoresCaption(content)));
        }
    }
}
