using Retning.Data.Demo;
using Retning.Domain.Citizens;
using Retning.Domain.Plans;

namespace Retning.Data.Synthetic;

/// <summary>
/// A citizen with enrolment, placements (about one in twenty moved between the offer's departments, one in
/// twenty discharged), target group, contact team, the municipality's purposes and the plan with its
/// assessments (DPU, autonomic compass). Goals, notes and meetings follow in their own builders.
/// </summary>
internal static class SyntheticCitizens
{
    public static CitizenContext Create(SyntheticRandom rng, SyntheticDepartment department, DemoCpr cprs, SyntheticRegionOptions options, BulkBatch rows)
    {
        var isChild = department.Offer.IsChildren;
        var male = rng.Chance(0.5);
        var end = options.EndOn;
        // Children stay under 18 through the period; adults are 18 or more before it begins.
        var age = isChild ? rng.Next(8, 18) : rng.Next(19 + options.Years, 76);
        var birth = end.AddYears(-age).AddDays(-rng.Next(1, 360));
        var first = rng.Pick(isChild ? (male ? DemoNames.ChildBoys : DemoNames.ChildGirls)
            : age <= 55 ? (male ? DemoNames.ParentMen : DemoNames.ParentWomen) : (male ? DemoNames.ElderMen : DemoNames.ElderWomen));
        var municipality = rng.Chance(0.4) ? DemoNames.Municipalities[0] : rng.Pick(DemoNames.Municipalities);
        var caseworker = isChild ? municipality.Children : municipality.Adults;

        // Four in ten enrolled before the period (up to four years), the rest during it.
        var enrolled = rng.Chance(0.4) ? options.StartOn.AddDays(-rng.Next(1, 1460)) : options.StartOn.AddDays(rng.Next(Math.Max(1, end.DayNumber - options.StartOn.DayNumber - 60)));
        enrolled = CitizenContext.Max(enrolled, birth.AddYears(isChild ? 5 : 18));
        var citizen = new Citizen
        {
            Id = rng.NextGuid(), FirstName = first, LastName = rng.Pick(DemoNames.LastNames), CprDigits = cprs.Create(birth, male), BirthDate = birth,
            DepartmentId = department.Department.Id, EnrolledOn = enrolled,
            TargetGroup = rng.Pick(isChild ? DemoNames.ChildTargetGroups : DemoNames.AdultTargetGroups),
            Category = rng.Pick(isChild ? DemoNames.ChildCategories : DemoNames.AdultCategories),
            SupportLevel = rng.Pick(isChild ? DemoNames.ChildSupportLevels : DemoNames.AdultSupportLevels),
            Municipality = municipality.Name, CaseworkerName = caseworker.Name, CaseworkerEmail = DemoMunicipality.EmailOf(caseworker, municipality), CaseworkerPhone = caseworker.Phone,
        };
        citizen.SearchName = $"{citizen.FirstName} {citizen.LastName}".ToLowerInvariant();
        var created = CitizenContext.ToUtc(enrolled, 9, 0);
        (citizen.CreatedUtc, citizen.UpdatedUtc) = (created, created);

        var context = new CitizenContext(rng, citizen, department, rows, male);
        context.DataStart = CitizenContext.Max(enrolled, options.StartOn);
        if (rng.Chance(0.05) && end.DayNumber - context.DataStart.DayNumber > 120)
        {
            citizen.DischargedOn = context.DataStart.AddDays(rng.Next(90, end.DayNumber - context.DataStart.DayNumber));
        }

        context.DataEnd = citizen.DischargedOn?.AddDays(-1) ?? end;
        rows.Add(citizen);
        AddPlacements(context);
        foreach (var member in rng.Shuffled(context.Department.CareWorkers).Take(rng.Next(1, 3)))
        {
            context.Team.Add(member);
            rows.Add(new ContactTeamMember { CitizenId = citizen.Id, UserId = member.Id });
        }

        // The plan first: its template decides which goals (and so which purposes) suit the citizen.
        AddPlan(context);
        AddPurposes(context);
        return context;
    }

    /// <summary>One placement from enrolment; a moved citizen's first one closes the day before the move (as <c>Placements.Move</c> does).</summary>
    private static void AddPlacements(CitizenContext c)
    {
        var siblings = c.Offer.Departments.Where(d => d != c.Department).ToList();
        var span = c.DataEnd.DayNumber - c.DataStart.DayNumber;
        if (siblings.Count > 0 && span > 120 && c.Rng.Chance(0.05))
        {
            var moveOn = c.DataStart.AddDays(c.Rng.Next(60, span - 30));
            var from = c.Rng.Pick(siblings).Department.Id;
            c.Rows.Add(new DepartmentPlacement { Id = c.Rng.NextGuid(), CitizenId = c.Citizen.Id, DepartmentId = from, From = c.Citizen.EnrolledOn, To = moveOn.AddDays(-1) });
            c.Rows.Add(new DepartmentPlacement { Id = c.Rng.NextGuid(), CitizenId = c.Citizen.Id, DepartmentId = c.Citizen.DepartmentId, From = moveOn });
            return;
        }

        c.Rows.Add(new DepartmentPlacement { Id = c.Rng.NextGuid(), CitizenId = c.Citizen.Id, DepartmentId = c.Citizen.DepartmentId, From = c.Citizen.EnrolledOn });
    }

    /// <summary>One or two purposes from the action plan (about one citizen in twenty has none yet), some revised later.</summary>
    private static void AddPurposes(CitizenContext c)
    {
        if (c.Rng.Chance(0.05))
        {
            return;
        }

        var goals = SyntheticGoals.Candidates(c);
        foreach (var template in goals.Select(g => g.Purpose).Distinct().Take(c.Rng.Next(1, 3)))
        {
            var purpose = new Purpose { Id = c.Rng.NextGuid(), CitizenId = c.Citizen.Id, Title = template.Title };
            c.Rows.Add(purpose);
            c.Purposes.Add(purpose);
            var received = c.Citizen.EnrolledOn.AddDays(c.Rng.Next(0, 20));
            AddRevision(c, purpose, c.Fill(template.Text), CitizenContext.Min(received, c.DataEnd));
            var later = c.DataStart.AddDays(c.Rng.Next(90, 700));
            if (c.Rng.Chance(0.2) && later <= c.DataEnd)
            {
                AddRevision(c, purpose, c.Fill(template.Text) + ", også i nye sammenhænge", later);
            }
        }
    }

    private static void AddRevision(CitizenContext c, Purpose purpose, string text, DateOnly receivedOn)
    {
        var source = c.Rng.Chance(0.2) ? PurposeSource.Order : c.Offer.IsChildren ? PurposeSource.ActionPlan140 : PurposeSource.ActionPlan141;
        var by = c.Team[0];
        c.Rows.Add(new PurposeRevision
        {
            Id = c.Rng.NextGuid(), PurposeId = purpose.Id, Text = text, ReceivedOn = receivedOn, Source = source,
            SourceReference = $"{(source == PurposeSource.Order ? "Bestilling" : "Handleplan")} af {receivedOn.AddDays(-c.Rng.Next(3, 15)).ToDanishDate()}, {c.Citizen.Municipality}",
            EnteredByUserId = by.Id, EnteredByName = by.FullName, EnteredUtc = CitizenContext.ToUtc(receivedOn.AddDays(1), 10, c.Rng.Next(60)),
        });
    }

    /// <summary>
    /// The plan, made two to four weeks after enrolment on the template of the citizen's age then, with one open
    /// period; perspective and participation written for most (some left blank, some "no wishes"), a revision date
    /// (some passed), the compass and a DPU about once a year (some late).
    /// </summary>
    private static void AddPlan(CitizenContext c)
    {
        var madeOn = CitizenContext.Min(c.Citizen.EnrolledOn.AddDays(c.Rng.Next(14, 30)), c.DataEnd);
        c.Template = AgeRules.TemplateFor(c.Citizen.BirthDate, madeOn) == PlanTemplateKind.Ics ? c.Offer.Ics : c.Offer.Vum;
        var plan = new Plan { Id = c.Rng.NextGuid(), CitizenId = c.Citizen.Id, TemplateVersionId = c.Template.Id };
        var perspective = c.Rng.NextDouble();
        plan.CitizenPerspective = perspective < 0.8 ? c.Fill(c.Rng.Pick(c.IsIcs ? DemoPhrases.ChildPerspectives : DemoPhrases.AdultPerspectives)) : null;
        plan.NoWishes = perspective is >= 0.8 and < 0.88;
        plan.Participation = c.Rng.Chance(0.85) ? c.Fill(c.IsIcs ? DemoPhrases.ChildParticipation : DemoPhrases.AdultParticipation) : null;
        plan.OfferAdditions = $"{c.Citizen.TargetGroup}. {c.Citizen.SupportLevel}.";
        var method = c.Rng.Pick(DemoPhrases.Methods);
        c.Rows.Add(new PlanMethod { Id = c.Rng.NextGuid(), PlanId = plan.Id, Name = method.Name, HowPractised = c.Fill(method.How) });
        plan.RevisionOn = c.Rng.Chance(0.15) ? CitizenContext.Max(madeOn, c.DataEnd.AddDays(-c.Rng.Next(1, 90))) : c.DataEnd.AddDays(c.Rng.Next(30, 330));
        if (c.Rng.Chance(0.8))
        {
            plan.CompassUpdatedOn = CitizenContext.Max(madeOn, c.DataEnd.AddDays(-c.Rng.Next(10, 400)));
            (plan.SympatheticComfort, plan.SympatheticDiscomfort) = ("Rolige voksne og faste rutiner.", "Larm og uventede skift.");
            (plan.ParasympatheticComfort, plan.ParasympatheticDiscomfort) = ("Musik og en voksen i nærheden.", "Lange ventetider uden noget at lave.");
        }

        for (var dpu = CitizenContext.Max(madeOn, c.DataStart).AddDays(c.Rng.Next(30, 120)); dpu <= c.DataEnd; dpu = dpu.AddDays(c.Rng.Chance(0.2) ? c.Rng.Next(400, 500) : c.Rng.Next(330, 366)))
        {
            c.Rows.Add(new DpuEntry { Id = c.Rng.NextGuid(), PlanId = plan.Id, MadeOn = dpu, Summary = c.Fill("DPU udarbejdet af kontaktteamet. {ns} styrker og udviklingsområder er beskrevet og drøftet med netværket.") });
        }

        var created = CitizenContext.ToUtc(madeOn, 10, 0);
        (plan.CreatedUtc, plan.UpdatedUtc) = (created, created);
        c.Rows.Add(plan);
        c.Rows.Add(new PlanPeriod { Id = c.Rng.NextGuid(), PlanId = plan.Id, Number = 1, StartedOn = madeOn });
        c.Plan = plan;
        c.PlanMadeOn = madeOn;
    }
}
