namespace Retning.Domain.Quality;

/// <summary>
/// The interview of indicator 8 in plain language: short questions a citizen (or, for them, a custody holder or
/// guardian) can answer with yes, a little or no — and "kunne ikke svare" when they could not, which counts as an
/// answer of its own and never as met or not met (<see cref="Involvement"/>).
/// </summary>
public static class InterviewQuestions
{
    public static readonly IReadOnlyList<string> Texts =
    [
        "Har du været med til at bestemme, hvad du skal arbejde hen imod (dine mål)?",
        "Ved du, hvad dine mål er lige nu?",
        "Lytter personalet til dig, når I taler om dine mål?",
        "Har du været med til at se på, hvordan det går med dine mål?",
    ];

    public static string Danish(this InterviewAnswer answer) => answer switch
    {
        InterviewAnswer.Yes => "Ja",
        InterviewAnswer.Partly => "Lidt",
        InterviewAnswer.No => "Nej",
        InterviewAnswer.CouldNotAnswer => "Kunne ikke svare",
        _ => answer.ToString(),
    };

    public static string Danish(this InterviewRespondent respondent) => respondent switch
    {
        InterviewRespondent.Citizen => "Borgeren selv",
        InterviewRespondent.CustodyHolder => "Forældremyndighedsindehaver",
        InterviewRespondent.Guardian => "Værge",
        _ => respondent.ToString(),
    };

    /// <summary>Why the interview cannot be saved, at the fields; empty when it can. Every question needs an answer (which may be "kunne ikke svare").</summary>
    public static IReadOnlyList<FieldError> Check(CitizenInterview interview, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(interview);
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(interview.Respondent))
        {
            errors.Add(new FieldError("Respondent", "Vælg, hvem der svarede."));
        }
        if (interview.InterviewedOn > today)
        {
            errors.Add(new FieldError("InterviewedOn", "Samtalen kan ikke være holdt i fremtiden."));
        }
        for (var i = 0; i < Texts.Count; i++)
        {
            if (interview.Answers[i] is null)
            {
                errors.Add(new FieldError($"Answer{i + 1}", "Vælg et svar (\"Kunne ikke svare\" er også et svar)."));
            }
        }
        if (interview.Comment?.Length > CitizenInterview.MaxComment)
        {
            errors.Add(new FieldError("Comment", $"Kommentaren kan højst være {CitizenInterview.MaxComment} tegn."));
        }
        return errors;
    }

    /// <summary>
    /// What the interview says about involvement: the share of the answered questions (not "kunne ikke svare")
    /// answered yes counts in full and "lidt" as half; null when nothing was answered. The reviewer rates
    /// indicator 8 with this beside them; it informs the rating, it does not set it.
    /// </summary>
    public static decimal? Involvement(CitizenInterview interview)
    {
        ArgumentNullException.ThrowIfNull(interview);
        var answered = interview.Answers.Where(a => a is not null and not InterviewAnswer.CouldNotAnswer).ToList();
        if (answered.Count == 0)
        {
            return null;
        }
        var points = answered.Sum(a => a switch { InterviewAnswer.Yes => 2, InterviewAnswer.Partly => 1, _ => 0 });
        return Math.Round(100m * points / (2 * answered.Count), 1, MidpointRounding.AwayFromZero);
    }
}
