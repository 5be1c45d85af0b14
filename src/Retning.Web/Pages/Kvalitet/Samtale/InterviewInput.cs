using Retning.Domain.Quality;

namespace Retning.Web.Pages.Kvalitet.Samtale;

/// <summary>The interview form of indicator 8: who answered, when, the four answers, a comment, and the interview it was opened on.</summary>
public sealed class InterviewInput
{
    public InterviewRespondent? Respondent { get; set; }
    public DateOnly? InterviewedOn { get; set; }
    public InterviewAnswer? Answer1 { get; set; }
    public InterviewAnswer? Answer2 { get; set; }
    public InterviewAnswer? Answer3 { get; set; }
    public InterviewAnswer? Answer4 { get; set; }

    [TextLimit(CitizenInterview.MaxComment)]
    public string? Comment { get; set; }

    /// <summary>The interview the form was opened on; null when none was recorded yet.</summary>
    public Guid? InterviewId { get; set; }

    public int Version { get; set; }

    public IReadOnlyList<InterviewAnswer?> Answers => [Answer1, Answer2, Answer3, Answer4];

    public static InterviewInput From(CitizenInterview interview) => new()
    {
        Respondent = interview.Respondent, InterviewedOn = interview.InterviewedOn,
        Answer1 = interview.Answer1, Answer2 = interview.Answer2, Answer3 = interview.Answer3, Answer4 = interview.Answer4,
        Comment = interview.Comment, InterviewId = interview.Id, Version = interview.Version,
    };

    /// <summary>Writes the form onto the interview; an unchosen respondent stays undefined, which the domain's check names.</summary>
    public void ApplyTo(CitizenInterview interview, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(interview);
        interview.Respondent = Respondent ?? default;
        interview.InterviewedOn = InterviewedOn ?? today;
        (interview.Answer1, interview.Answer2, interview.Answer3, interview.Answer4) = (Answer1, Answer2, Answer3, Answer4);
        interview.Comment = FormText.Clean(Comment);
    }

    /// <summary>The form as label and value, to compare with the stored interview after a conflict.</summary>
    public IEnumerable<(string Label, string? Value)> Describe() =>
    [
        ("Hvem svarede", Respondent?.Danish()),
        ("Dato", ConflictRow.Date(InterviewedOn)),
        .. InterviewQuestions.Texts.Select((q, i) => (q, Answers[i]?.Danish())),
        ("Kommentar", Comment),
    ];
}
