namespace Retning.Domain.Quality;

/// <summary>Who answered the interview of indicator 8: the citizen, or for them the custody holder or guardian.</summary>
public enum InterviewRespondent
{
    Citizen = 1,
    CustodyHolder = 2,
    Guardian = 3,
}

/// <summary>An answer of the interview. "Kunne ikke svare" is a valid answer, not a missing one.</summary>
public enum InterviewAnswer
{
    Yes = 1,
    Partly = 2,
    No = 3,
    CouldNotAnswer = 4,
}

/// <summary>
/// The citizen's own word on indicator 8 ("Borgeren oplever at være tilstrækkeligt inddraget"): a short interview
/// in plain language, recorded by staff (<see cref="InterviewQuestions"/>). Citizen data: scoped and erased with the
/// citizen.
/// </summary>
public class CitizenInterview : IVersioned
{
    public const int MaxComment = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SampleId { get; set; }
    public Guid RoundId { get; set; }
    public Guid CitizenId { get; set; }
    public InterviewRespondent Respondent { get; set; }
    public DateOnly InterviewedOn { get; set; }
    public Guid RecordedByUserId { get; set; }

    public InterviewAnswer? Answer1 { get; set; }
    public InterviewAnswer? Answer2 { get; set; }
    public InterviewAnswer? Answer3 { get; set; }
    public InterviewAnswer? Answer4 { get; set; }

    /// <summary>What the citizen said in their own words, or how the interview went.</summary>
    public string? Comment { get; set; }

    public DateTime SavedUtc { get; set; }
    public int Version { get; set; }

    public IReadOnlyList<InterviewAnswer?> Answers => [Answer1, Answer2, Answer3, Answer4];
}
