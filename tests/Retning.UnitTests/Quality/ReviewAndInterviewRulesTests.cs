using Retning.Domain.Quality;

namespace Retning.UnitTests.Quality;

/// <summary>A review is saved as a draft however far it has come; submitting asks for every rating and a comment where not met. The interview counts "kunne ikke svare" apart.</summary>
public sealed class ReviewAndInterviewRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public void An_empty_draft_can_be_saved_but_not_submitted()
    {
        var review = new PlanReview();
        Assert.Empty(ReviewRules.CheckDraft(review));
        Assert.Equal(["Coherence", "Results", "Collaboration", "Involvement"], ReviewRules.CheckSubmit(review).Select(e => e.Field));
        Assert.Equal("Vurdér indikator 5, før gennemgangen afsluttes.", ReviewRules.CheckSubmit(review)[0].Message);
    }

    [Fact]
    public void Partly_or_not_met_needs_a_comment_and_not_relevant_does_not()
    {
        var review = new PlanReview
        {
            Coherence = ReviewRating.Met,
            Results = ReviewRating.PartlyMet,
            Collaboration = ReviewRating.NotRelevant,
            Involvement = ReviewRating.NotMet,
            InvolvementComment = "Borgeren kender ikke sine mål.",
        };
        var errors = ReviewRules.CheckSubmit(review);
        Assert.Equal("ResultsComment", Assert.Single(errors).Field);

        review.ResultsComment = "Kun ét af tre delmål er evalueret i perioden.";
        Assert.Empty(ReviewRules.CheckSubmit(review));
    }

    [Fact]
    public void A_comment_longer_than_the_limit_is_refused_even_in_a_draft()
    {
        var review = new PlanReview { CollaborationComment = new string('x', PlanReview.MaxComment + 1) };
        var error = Assert.Single(ReviewRules.CheckDraft(review));
        Assert.Equal(("CollaborationComment", "Kommentaren kan højst være 2000 tegn."), (error.Field, error.Message));
    }

    [Fact]
    public void Every_question_needs_an_answer_and_could_not_answer_is_one()
    {
        var interview = new CitizenInterview { Respondent = InterviewRespondent.Citizen, InterviewedOn = Today, Answer1 = InterviewAnswer.CouldNotAnswer };
        Assert.Equal(["Answer2", "Answer3", "Answer4"], InterviewQuestions.Check(interview, Today).Select(e => e.Field));

        interview.Answer2 = interview.Answer3 = interview.Answer4 = InterviewAnswer.CouldNotAnswer;
        Assert.Empty(InterviewQuestions.Check(interview, Today));
    }

    [Fact]
    public void An_interview_cannot_be_dated_in_the_future_nor_without_a_respondent()
    {
        var interview = new CitizenInterview { InterviewedOn = Today.AddDays(1) };
        var fields = InterviewQuestions.Check(interview, Today).Select(e => e.Field).ToList();
        Assert.Contains("Respondent", fields);
        Assert.Contains("InterviewedOn", fields);
    }

    [Fact]
    public void Involvement_counts_yes_in_full_and_a_little_as_half_of_the_answered_questions()
    {
        // Yes (2) + a little (1) + no (0) of three answered = 3 of 6 points; "kunne ikke svare" is left out.
        var interview = new CitizenInterview
        {
            Answer1 = InterviewAnswer.Yes, Answer2 = InterviewAnswer.Partly, Answer3 = InterviewAnswer.No, Answer4 = InterviewAnswer.CouldNotAnswer,
        };
        Assert.Equal(50.0m, InterviewQuestions.Involvement(interview));

        // Two yes and one a little of three: 5 of 6 = 83.33… → 83.3.
        interview.Answer3 = InterviewAnswer.Yes;
        Assert.Equal(83.3m, InterviewQuestions.Involvement(interview));
    }

    [Fact]
    public void Involvement_is_unknown_when_nothing_was_answered()
    {
        var interview = new CitizenInterview
        {
            Answer1 = InterviewAnswer.CouldNotAnswer, Answer2 = InterviewAnswer.CouldNotAnswer, Answer3 = InterviewAnswer.CouldNotAnswer,
        };
        Assert.Null(InterviewQuestions.Involvement(interview));
    }

    [Fact]
    public void An_indicator_set_keeps_the_indicators_it_was_made_of()
    {
        var set = IndicatorSet.Of([QualityIndicator.ExternalCollaboration, QualityIndicator.CitizenInvolvement]);
        Assert.Equal((1 << 7) | (1 << 8), set);
        Assert.Equal([QualityIndicator.ExternalCollaboration, QualityIndicator.CitizenInvolvement], IndicatorSet.In(set));
        Assert.Empty(IndicatorSet.In(0));
    }
}
