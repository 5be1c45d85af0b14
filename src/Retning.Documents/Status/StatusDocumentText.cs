using System.Globalization;
using Retning.Domain.Status;

namespace Retning.Documents.Status;

/// <summary>
/// The words and order shared by the status document's two renderings (HTML for print and PDF,
/// <see cref="StatusDocumentHtml"/>; Word, <see cref="StatusDocx"/>), so both say the same thing.
/// </summary>
public static class StatusDocumentText
{
    public const string Title = "Status til kommunen";

    /// <summary>Stands in for a text the contact team left empty.</summary>
    public const string Empty = "—";

    public const string PurposeHeading = "Formålet med indsatsen";
    public const string NoPurpose = "Kommunen har ikke sendt et formål med indsatsen.";
    public const string SinceSide = "Siden sidste status";
    public const string AheadSide = "Fremadrettet";
    public const string NoEvaluations = "Ingen evalueringer i perioden.";
    public const string NoScores = "Ingen scoringer i perioden.";
    public const string EvaluationsCaption = "Evalueringer i perioden";
    public const string NoGoals = "Der er ikke valgt mål eller delmål til denne status.";

    public static IReadOnlyList<string> EvaluationHeaders { get; } = ["Dato", "Beslutning", "Konklusion"];

    public static IReadOnlyList<string> ScoreHeaders { get; } = ["Dato", "Score", "Niveau"];

    public static string Date(DateOnly day) => day.ToDanishDate();

    public static string Period(StatusContent content) => $"{Date(content.PeriodFrom)} – {Date(content.PeriodTo)}";

    /// <summary>The title block: who, where, which period, which version, and whether it is approved.</summary>
    public static IReadOnlyList<(string Label, string Value)> Facts(StatusContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var facts = new List<(string, string)>
        {
            ("Borger", content.CitizenName),
            ("CPR-nr.", content.MaskedCpr),
        };
        if (content.Sender is { } sender)
        {
            facts.AddRange(SenderFacts(sender));
        }
        else
        {
            facts.Add(("Afdeling", Or(content.Department)));
        }

        if (!string.IsNullOrWhiteSpace(content.Municipality))
        {
            facts.Add(("Kommune", content.Municipality.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(content.Caseworker))
        {
            facts.Add(("Rådgiver", content.Caseworker.Trim()));
        }

        facts.Add(("Skabelon", content.Layout.Danish()));
        facts.Add(("Periode", Period(content)));
        facts.Add(("Statusdato", Date(content.StatusDate)));
        facts.Add(("Version", content.RevisionNumber.ToString(CultureInfo.InvariantCulture)));
        if (content.ApprovedBy is { } by && !string.IsNullOrWhiteSpace(by))
        {
            facts.Add(("Godkendt af", by.Trim()));
            if (content.ApprovedOn is { } on)
            {
                facts.Add(("Godkendt den", Date(on)));
            }
        }
        else
        {
            facts.Add(("Godkendelse", "Kladde – ikke godkendt"));
        }

        return facts;
    }

    /// <summary>The purposes with a text, each as "Stabil skolegang: At Ida får …" (the text alone when it has no title).</summary>
    public static IReadOnlyList<string> Purposes(StatusContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return [.. content.Purposes.Where(p => !string.IsNullOrWhiteSpace(p.Text))
            .Select(p => string.IsNullOrWhiteSpace(p.Title) ? p.Text.Trim() : $"{p.Title.Trim()}: {p.Text.Trim()}")];
    }

    /// <summary>
    /// The sender block: "Afsender" (offer, department, address, phone, one per line) and
    /// "Kontaktteam" (each member with phone and e-mail), so the caseworker knows whom to call.
    /// </summary>
    public static IEnumerable<(string Label, string Value)> SenderFacts(SenderContent sender)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var lines = new List<string> { $"{sender.Offer.Trim()} – {sender.Department.Trim()}" };
        if (!string.IsNullOrWhiteSpace(sender.Address))
        {
            lines.Add(sender.Address.Trim());
        }

        if (!string.IsNullOrWhiteSpace(sender.Phone))
        {
            lines.Add($"Tlf. {sender.Phone.Trim()}");
        }

        yield return ("Afsender", string.Join('\n', lines));
        if (sender.ContactTeam.Count > 0)
        {
            yield return ("Kontaktteam", string.Join('\n', sender.ContactTeam.Select(ContactPerson)));
        }
    }

    /// <summary>"Mette Kjær, tlf. 20 11 22 33, mette@bosted.dk" (what is known of the member).</summary>
    public static string ContactPerson(ContactPersonContent person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var parts = new List<string> { person.Name.Trim() };
        if (!string.IsNullOrWhiteSpace(person.Phone))
        {
            parts.Add($"tlf. {person.Phone.Trim()}");
        }

        if (!string.IsNullOrWhiteSpace(person.Email))
        {
            parts.Add(person.Email.Trim());
        }

        return string.Join(", ", parts);
    }

    /// <summary>The text, or <see cref="Empty"/> when there is none.</summary>
    public static string Or(string? text) => string.IsNullOrWhiteSpace(text) ? Empty : text.Trim();

    /// <summary>
    /// A side's title in full, e.g. "Siden sidste status: udførte indsatser": the layout's own
    /// title when it already says which side it is, else the side's name before it.
    /// </summary>
    public static string SideTitle(string side, string title) =>
        title.StartsWith(side, StringComparison.OrdinalIgnoreCase) ? title : $"{side}: {LowerFirst(title)}";

    /// <summary>The specific part of a side's title, e.g. "Barnets/den unges ressourcer …" for the HTML's second line.</summary>
    public static string SideDetail(string side, string title)
    {
        if (!title.StartsWith(side, StringComparison.OrdinalIgnoreCase))
        {
            return title;
        }

        var rest = title[side.Length..].TrimStart(':', ' ');
        return rest.Length == 0 ? string.Empty : char.ToUpper(rest[0], CultureInfo.GetCultureInfo("da-DK")) + rest[1..];
    }

    /// <summary>A one-column section's subtitle, or null when it only repeats the heading.</summary>
    public static string? Subtitle(SectionContent section) =>
        string.Equals(section.SinceTitle.Trim(), section.Heading.Trim(), StringComparison.OrdinalIgnoreCase) ? null : section.SinceTitle;

    /// <summary>An intervention line without the list dash the status texts are written with ("- Guidning (dagligt)").</summary>
    public static string Intervention(string line)
    {
        var text = line.Trim();
        return text.StartsWith("- ", StringComparison.Ordinal) || text.StartsWith("• ", StringComparison.Ordinal) ? text[2..].TrimStart() : text;
    }

    /// <summary>"Udvikling: …" / "Svarprocent: …": the indicator's lines in words.</summary>
    public static IEnumerable<(string Label, string Text)> IndicatorLines(IndicatorContent indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        yield return ("Skala", indicator.ScaleName);
        if (!string.IsNullOrWhiteSpace(indicator.Trend))
        {
            yield return ("Udvikling", Sentence(indicator.Trend));
        }

        if (!string.IsNullOrWhiteSpace(indicator.ResponseRate))
        {
            yield return ("Svarprocent", Sentence(indicator.ResponseRate));
        }
    }

    public static string ScoresCaption(StatusContent content) => $"Scoringer {Period(content)}";

    public const string ChartCaption = "Scoringer, tendens, første og seneste scoring i perioden. Tallene pr. måned står i tabellen under grafen.";

    public const string AppendixHeading = "Bilag: alle scoringer i perioden";

    public static IReadOnlyList<string> MonthlyHeaders { get; } = ["Måned", "Første", "Seneste", "Median", "Antal"];

    public static string MonthlyCaption(StatusContent content) => $"Scoringer pr. måned {Period(content)}";

    /// <summary>A month's row: "marts 2026", "3 Højt", "2 Moderat", "2,5", "4".</summary>
    public static string[] MonthlyRow(MonthlyScoreSummary month)
    {
        ArgumentNullException.ThrowIfNull(month);
        var danish = CultureInfo.GetCultureInfo("da-DK");
        return
        [
            month.Month.ToString("MMMM yyyy", danish),
            ScoreText(month.First),
            ScoreText(month.Latest),
            month.Median.ToString("0.#", danish),
            month.Count.ToString(CultureInfo.InvariantCulture),
        ];
    }

    /// <summary>The sub-goals with scores in the period, in the document's numbering, for the monthly tables' appendix.</summary>
    public static IEnumerable<NumberedGoal> ScoredGoals(StatusContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        // The goals go only with their section (data minimisation): so do their scores.
        if (content.Sections.All(s => s.Key != StatusSectionKey.Goals))
        {
            return [];
        }

        return NumberedGoal.Arrange(content.Goals).SelectMany(g => new[] { g }.Concat(g.SubGoals)).Where(g => StatusCharts.HasChart(g.Goal));
    }

    private static string ScoreText(ScoreContent score) =>
        string.IsNullOrWhiteSpace(score.Label) ? score.Value.ToString(CultureInfo.InvariantCulture) : $"{score.Value.ToString(CultureInfo.InvariantCulture)} {score.Label.Trim()}";

    /// <summary>An evaluation's conclusion, with the quantitative comment on its own line.</summary>
    public static string Conclusion(EvaluationContent evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var conclusion = Or(evaluation.Conclusion);
        return string.IsNullOrWhiteSpace(evaluation.QuantitativeComment)
            ? conclusion
            : $"{conclusion}\nKvantitativt: {evaluation.QuantitativeComment.Trim()}";
    }

    /// <summary>The text trimmed and ending in a full stop (or its own ! ? …).</summary>
    public static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || ".!?…".Contains(trimmed[^1], StringComparison.Ordinal) ? trimmed : trimmed + ".";
    }

    private static string LowerFirst(string text) =>
        text.Length == 0 ? text : char.ToLower(text[0], CultureInfo.GetCultureInfo("da-DK")) + text[1..];
}

/// <summary>A goal as the document shows it: its number ("1", "1.2"), kind and sub-goals.</summary>
public sealed record NumberedGoal(string Number, GoalContent Goal, IReadOnlyList<NumberedGoal> SubGoals)
{
    /// <summary>"Mål 1" or "Delmål 1.2".</summary>
    public string Label => $"{(Goal.IsSubGoal ? "Delmål" : "Mål")} {Number}";

    /// <summary>
    /// The goals in their order with each sub-goal under its goal. A sub-goal whose goal is not in
    /// the status stands on its own, where it comes in the list.
    /// </summary>
    public static IReadOnlyList<NumberedGoal> Arrange(IReadOnlyList<GoalContent> goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var ids = goals.Select(g => g.Id).ToHashSet();
        var topIds = goals.Where(g => g.ParentId is not { } p || p == g.Id || !ids.Contains(p)).Select(g => g.Id).ToHashSet();

        // Only two levels: a sub-goal under a sub-goal (not in the domain today) stands on its own rather than vanish.
        bool IsChild(GoalContent g) => g.ParentId is { } p && p != g.Id && topIds.Contains(p);
        var children = goals.Where(IsChild).ToLookup(g => g.ParentId!.Value);
        var top = goals.Where(g => !IsChild(g)).ToList();
        var result = new List<NumberedGoal>(top.Count);
        for (var i = 0; i < top.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var subGoals = children[top[i].Id]
                .Select((s, j) => new NumberedGoal($"{number}.{(j + 1).ToString(CultureInfo.InvariantCulture)}", s, []))
                .ToList();
            result.Add(new NumberedGoal(number, top[i], subGoals));
        }

        return result;
    }
}
