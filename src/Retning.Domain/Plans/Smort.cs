namespace Retning.Domain.Plans;

/// <summary>
/// The SMORT/SMARTE assistant. It checks what can be checked (end date, evaluation cadence,
/// link to a purpose, an indicator or stated measure) and reads the phrasing for what points
/// the wrong way (avoidance, vague purpose-like wording, no concrete action). It advises;
/// the staff decide. Reasons are plain Danish, as in the documentation foundation's worked examples (docs/domain.md, "Goals and sub-goals").
/// </summary>
public static class Smort
{
    /// <summary>Evaluation at least every 3 months (docs/domain.md, "Goals and sub-goals").</summary>
    public const int MaxEvaluationIntervalMonths = 3;

    /// <summary>A time frame longer than this is asked about (T): the plan is revised at least yearly.</summary>
    public const int MaxTimeFrameMonths = 12;

    public static IReadOnlyList<SmortFinding> Check(GoalDraft draft)
    {
        var text = (draft.Text ?? string.Empty).Trim().ToLowerInvariant();
        var what = draft.IsSubGoal ? "Delmålet" : "Målet";
        var vague = SmortPhrases.Vague().IsMatch(text);
        var avoidance = FirstAvoidance(text);
        var action = SmortPhrases.Action().IsMatch(text);
        var measured = SmortPhrases.Measure().IsMatch(text);
        var frequency = measured || SmortPhrases.Frequency().IsMatch(text);

        return
        [
            Specific(what, text, vague, action),
            Measurable(what, draft, text, vague, action, frequency, measured),
            Achievable(what, draft, avoidance, vague),
            Relevant(what, draft),
            TimeBound(what, draft, vague),
            Evaluated(what, draft),
        ];
    }

    private static SmortFinding Specific(string what, string text, bool vague, bool action)
    {
        if (text.Length == 0)
        {
            return new(SmortLetter.S, SmortVerdict.NotMet, $"{what} mangler en tekst.");
        }

        if (vague)
        {
            return new(SmortLetter.S, SmortVerdict.NotMet,
                $"{what} er ikke konkret og kan betyde mange forskellige ting. Det har karakter af et formål. Beskriv, hvad borgeren konkret skal kunne eller gøre.");
        }

        return action
            ? new(SmortLetter.S, SmortVerdict.Met, $"{what} beskriver en konkret handling.")
            : new(SmortLetter.S, SmortVerdict.Ask, $"{what} nævner ingen konkret handling. Kan det siges tydeligere, hvad borgeren skal gøre?");
    }

    private static SmortFinding Measurable(string what, GoalDraft draft, string text, bool vague, bool action, bool frequency, bool measured)
    {
        var hasMeasure = draft.HasIndicator || !string.IsNullOrWhiteSpace(draft.Measure);
        if (text.Length == 0)
        {
            return new(SmortLetter.M, SmortVerdict.NotMet, $"Uden en tekst kan det ikke afgøres, hvornår {what.ToLowerInvariant()} er nået.");
        }

        if (vague)
        {
            return new(SmortLetter.M, SmortVerdict.NotMet, $"Det er svært at konstatere, hvornår {what.ToLowerInvariant()} er nået.");
        }

        if (draft.IsSubGoal && !draft.HasIndicator)
        {
            return new(SmortLetter.M, SmortVerdict.NotMet, "Delmålet har ingen indikator. Vælg den skala, støttebehovet scores på.");
        }

        if (!hasMeasure && measured)
        {
            // "Fire ud af fem dage", "tre gange om ugen", "til tiden": the text itself says when it is reached.
            return new(SmortLetter.M, SmortVerdict.Met, $"Det er muligt at konstatere, hvornår {what.ToLowerInvariant()} er nået: teksten siger selv hvor ofte, hvornår eller hvor meget.");
        }

        if (!hasMeasure)
        {
            return new(SmortLetter.M, SmortVerdict.NotMet, $"{what} har hverken en indikator eller en beskrevet måling. Skriv, hvordan I ser, at det er nået.");
        }

        return action && !frequency
            ? new(SmortLetter.M, SmortVerdict.Ask,
                "Det er muligt at konstatere, hvornår målet er nået, men det kræver, at det gøres mere præcist: hvor ofte, hvor meget eller med hvilken støtte?")
            : new(SmortLetter.M, SmortVerdict.Met, "Det er muligt at konstatere, hvornår målet er nået.");
    }

    private static SmortFinding Achievable(string what, GoalDraft draft, string? avoidance, bool vague)
    {
        if (avoidance is not null)
        {
            return new(SmortLetter.O, SmortVerdict.NotMet,
                $"Der er tale om noget, man vil undgå, ikke noget man vil opnå (\"{avoidance}\"). Formulér det, borgeren skal opnå i stedet.");
        }

        return draft.StaffFindRealistic switch
        {
            false => new(SmortLetter.O, SmortVerdict.NotMet,
                "I har vurderet, at målet ikke er realistisk i borgerens nuværende situation. Overvej tidspunktet eller ambitionsniveauet."),
            true when vague => new(SmortLetter.O, SmortVerdict.Ask,
                "Det er svært at sige, om målet er realistisk at nå, fordi det kan rumme forskellige ambitioner."),
            true => new(SmortLetter.O, SmortVerdict.Met, "I har vurderet, at målet er realistisk at opnå sammen med borgeren."),
            null when vague => new(SmortLetter.O, SmortVerdict.Ask,
                "Det er svært at sige, om målet er realistisk at nå, fordi det kan rumme forskellige ambitioner."),
            null => new(SmortLetter.O, SmortVerdict.Ask, $"Er {what.ToLowerInvariant()} realistisk at opnå sammen med borgeren nu? Det kan kun I vurdere."),
        };
    }

    private static SmortFinding Relevant(string what, GoalDraft draft) => draft.ServesPurpose
        ? new(SmortLetter.R, SmortVerdict.Met, $"{what} er knyttet til formålet med indsatsen.")
        : new(SmortLetter.R, SmortVerdict.NotMet, $"{what} er ikke knyttet til et formål. Vælg det formål fra kommunens handleplan eller bestilling, som det tjener.");

    private static SmortFinding TimeBound(string what, GoalDraft draft, bool vague)
    {
        if (draft.EndOn is not { } end)
        {
            return new(SmortLetter.T, SmortVerdict.NotMet, $"{what} har ingen slutdato. Sæt en tydelig tidsramme.");
        }

        if (vague)
        {
            return new(SmortLetter.T, SmortVerdict.Ask, "Det er svært at sætte en fast tidsramme for et mål, der har karakter af et formål.");
        }

        if (draft.StartOn is { } start && end <= start)
        {
            return new(SmortLetter.T, SmortVerdict.NotMet, "Slutdatoen ligger ikke efter startdatoen.");
        }

        return draft.StartOn is { } from && end > from.AddMonths(MaxTimeFrameMonths)
            ? new(SmortLetter.T, SmortVerdict.Ask,
                $"Slutdatoen ({end.ToDanishDate()}) ligger mere end et år efter start. Kan {what.ToLowerInvariant()} deles op i skridt med en kortere tidsramme?")
            : new(SmortLetter.T, SmortVerdict.Met, $"{what} har en slutdato ({end.ToDanishDate()}).");
    }

    private static SmortFinding Evaluated(string what, GoalDraft draft) => draft.EvaluationIntervalMonths switch
    {
        null => new(SmortLetter.E, SmortVerdict.NotMet, "Der er ikke fastsat, hvor ofte målet evalueres (mindst hver 3. måned)."),
        < 1 => new(SmortLetter.E, SmortVerdict.NotMet, "Evalueringsintervallet skal være mindst 1 måned."),
        > MaxEvaluationIntervalMonths => new(SmortLetter.E, SmortVerdict.NotMet,
            $"{what} evalueres hver {draft.EvaluationIntervalMonths}. måned. Det skal ske mindst hver {MaxEvaluationIntervalMonths}. måned."),
        _ => new(SmortLetter.E, SmortVerdict.Met, $"{what} evalueres hver {(draft.EvaluationIntervalMonths == 1 ? "måned" : $"{draft.EvaluationIntervalMonths}. måned")}."),
    };

    /// <summary>
    /// The first avoidance phrase that gives the goal its direction, or null. Not counted: an
    /// independence phrase ("uden at få hjælp") and a word inside a condition or time clause of
    /// its own ("siger fra, når hun ikke har lyst"); the staff decide whether the rest matters.
    /// </summary>
    private static string? FirstAvoidance(string text)
    {
        for (var match = SmortPhrases.Avoidance().Match(text); match.Success; match = match.NextMatch())
        {
            if (SmortPhrases.Independence().IsMatch(text, match.Index))
            {
                continue;
            }

            // The clause the word stands in: from the last comma, semicolon or full stop before it.
            var clauseStart = text.LastIndexOfAny([',', ';', '.'], Math.Max(0, match.Index - 1)) + 1;
            var clause = text[clauseStart..match.Index];
            if (SmortPhrases.Subordinate().IsMatch(clause))
            {
                continue;
            }

            return match.Value;
        }

        return null;
    }
}
