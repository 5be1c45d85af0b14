using Retning.Domain.Citizens;
using Retning.Domain.Plans;

namespace Retning.Domain.Deadlines;

/// <summary>Deadlines of the citizen as a whole: the purpose, consents, and the 18th birthday.</summary>
internal static class CitizenDeadlines
{
    public static void Add(DeadlineList list, DeadlineInput input)
    {
        Purpose(list, input);
        Consents(list, input);
        TurnsEighteen(list, input);
    }

    /// <summary>
    /// docs/domain.md, "Purposes": without a received purpose a task asks for it; the regional
    /// guideline: "Tilbuddet efterspørger formålet ... såfremt dette ikke allerede er modtaget".
    /// Due at enrolment plus the grace (<see cref="DeadlineSettings.PurposeGraceDays"/>); the
    /// first purpose received is the evidence that it is done.
    /// </summary>
    private static void Purpose(DeadlineList list, DeadlineInput input)
    {
        const string Title = "Formål mangler: efterspørg formålet med indsatsen hos kommunen";
        var dueOn = input.Citizen.EnrolledOn.AddDays(list.Settings.PurposeGraceDays);
        var first = input.Purposes.OrderBy(p => p.ReceivedOn).FirstOrDefault();
        if (first is null)
        {
            list.Open(DeadlineKind.PurposeMissing, null, Title, dueOn, DeadlineResponsible.ContactTeam);
        }
        else
        {
            list.Done(DeadlineKind.PurposeMissing, first.Id, Title, dueOn, DeadlineResponsible.ContactTeam, first.ReceivedOn, first.Id);
        }
    }

    /// <summary>
    /// The documentation foundation: a consent is taken up for review "med jævne mellemrum – eksempelvis en gang om
    /// året" (docs/domain.md, "Consents and disclosures"). Due on the consent's own review date,
    /// or without one a year (the setting) after it was given. A withdrawn or expired consent needs no review.
    /// </summary>
    private static void Consents(DeadlineList list, DeadlineInput input)
    {
        foreach (var consent in input.Consents)
        {
            // A withdrawn or expired consent covers nothing any more: there is nothing to review.
            if (consent.WithdrawnOn is { } withdrawn && withdrawn <= list.Today || consent.ValidTo is { } to && to < list.Today)
            {
                continue;
            }

            var dueOn = consent.ReviewOn ?? consent.GivenOn.AddMonths(list.Settings.ConsentReviewMonths);
            list.Open(DeadlineKind.ConsentReview, consent.Id, $"Samtykke revurderes: {Deadlines.Short(consent.What)}", dueOn, DeadlineResponsible.ContactTeam);
        }
    }

    /// <summary>
    /// The template transition (the children's homes' guideline: ICS "op til 18 år", VUM over 18; <see cref="TemplateTransition"/>):
    /// a plan still on the children's template is flagged from 3 months before the 18th birthday
    /// (<see cref="AgeRules.TurnsAdultWithin"/>, the same test as the plan page's offer to move)
    /// and due on the birthday (<see cref="AgeRules.AdultOn"/>: born 29 February → 28 February).
    /// A plan that has moved to the adults' template is done on the day it moved.
    /// </summary>
    private static void TurnsEighteen(DeadlineList list, DeadlineInput input)
    {
        if (input.Plan is not { } plan)
        {
            return;
        }

        const string Title = "Fylder 18 år: planen flyttes til voksenskabelonen (VUM)";
        var birth = input.Citizen.BirthDate;
        var adultOn = AgeRules.AdultOn(birth);
        if (plan.Template == TemplateKind.Ics)
        {
            if (AgeRules.AgeOn(birth, list.Today) >= AgeRules.AdultAge || AgeRules.TurnsAdultWithin(birth, list.Today, list.Settings.TurnsEighteenNoticeMonths))
            {
                list.Open(DeadlineKind.TurnsEighteen, plan.Id, Title, adultOn, DeadlineResponsible.ContactTeam);
            }
        }
        else if (plan.MovedToAdultTemplateOn is { } moved)
        {
            list.Done(DeadlineKind.TurnsEighteen, plan.Id, Title, adultOn, DeadlineResponsible.ContactTeam, moved, plan.Id);
        }
    }
}
