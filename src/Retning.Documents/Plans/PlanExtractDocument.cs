using Retning.Documents.Model;
using Retning.Domain.Consents;

namespace Retning.Documents.Plans;

/// <summary>
/// The chosen parts of the individual plan as a <see cref="DocumentModel"/> for the DOCX sent
/// with a disclosure. Only the chosen parts are written — nothing of the others, not even their
/// headings — so what leaves the offer is what the disclosure log says.
/// </summary>
public static class PlanExtractDocument
{
    public const string Title = "Individuel plan – udvalgte dele";

    /// <param name="consent">The consent the disclosure relies on (basis Consent), named in the title block.</param>
    public static DocumentModel Build(PlanDocument plan, Disclosure disclosure, Consent? consent, DateOnly madeOn, DateTimeOffset created)
    {
        var parts = PlanParts.Parse(disclosure.PlanParts);
        var blocks = new List<DocumentBlock>();
        foreach (var part in parts)
        {
            blocks.AddRange(part switch
            {
                PlanParts.Purpose => Purpose(plan),
                PlanParts.Perspective => Perspective(plan),
                PlanParts.Assessment => Assessment(plan),
                PlanParts.Goals => Goals(plan),
                PlanParts.Methods => Methods(plan),
                PlanParts.Compass => Compass(plan),
                PlanParts.Dpu => Dpu(plan),
                _ => [],
            });
        }

        var recipient = disclosure.RecipientOrganisation is { } org ? $"{disclosure.RecipientName}, {org}" : disclosure.RecipientName;
        TitleFact[] facts =
        [
            new("Borger", plan.CitizenName),
            new("CPR-nr.", plan.MaskedCpr),
            new("Tilbud og afdeling", Or(plan.Department)),
            new("Skabelon", $"{plan.TemplateName}, version {plan.TemplateVersionNumber}"),
            new("Udvalgte dele", PlanParts.Labels(parts)),
            new("Modtager", recipient),
            new("Grundlag", consent is not null && disclosure.Basis == DisclosureBasis.Consent
                ? $"Samtykke givet {consent.GivenOn.ToDanishDate()} af {consent.GivenByName} ({consent.GivenBy.Danish().ToLowerInvariant()})"
                : Basis(disclosure)),
            new("Dannet", madeOn.ToDanishDate()),
        ];
        return new DocumentModel(Title, facts, $"{plan.CitizenName} · Individuel plan (udvalgte dele) · {madeOn.ToDanishDate()}", blocks)
        {
            Created = created,
        };
    }

    /// <summary>The basis in words, e.g. "Samtykke" or "Kommunens anmodning efter retssikkerhedsloven § 11 b (12-02-2026, ref. 27.12.00-A00-1-26)".</summary>
    public static string Basis(Disclosure d) => d.Basis switch
    {
        DisclosureBasis.MunicipalRequest => $"Kommunens anmodning efter retssikkerhedsloven § {d.RequestParagraph}"
                                            + $" ({d.RequestOn.ToDanishDate()}{(d.RequestReference is { } r ? ", ref. " + r : "")})",
        _ => d.Basis.Danish(),
    };

    private static IEnumerable<DocumentBlock> Purpose(PlanDocument d)
    {
        yield return new Heading(1, "Formålet med indsatsen");
        if (d.Purposes.Count == 0)
        {
            yield return new Paragraph("Der er ikke modtaget et formål fra kommunen.");
        }

        foreach (var p in d.Purposes)
        {
            yield return new Heading(2, p.Title);
            yield return new Paragraph(Or(p.Text));
            yield return new Paragraph($"{(p.Category is null ? "" : "Formålskategori: " + p.Category + " · ")}Modtaget {Date(p.ReceivedOn)}{(p.Source is null ? "" : " · " + p.Source)}");
        }

        yield return new Heading(2, "Tilbuddets tilføjelser til formålet med indsatsen");
        yield return Facts(
            ("Målgruppe", d.TargetGroup), ("Kategori", d.Category), ("Støtteniveau", d.SupportLevel), ("Tilbuddets tilføjelser", d.OfferAdditions));
    }

    private static IEnumerable<DocumentBlock> Perspective(PlanDocument d)
    {
        yield return new Heading(1, "Borgerens perspektiv");
        yield return Facts(
            ("Borgerens perspektiv og ønsker", d.CitizenPerspective),
            ("Ønsker til mål", d.NoWishes ? "Borgeren har ingen ønsker til mål – dokumenteret" : null),
            ("Borgerens og netværkets deltagelse", d.Participation));
    }

    private static IEnumerable<DocumentBlock> Assessment(PlanDocument d)
    {
        yield return new Heading(1, "Udredning");
        foreach (var t in d.Themes)
        {
            yield return new Heading(2, t.Name);
            if (string.IsNullOrWhiteSpace(t.Resources) && string.IsNullOrWhiteSpace(t.Challenges) && string.IsNullOrWhiteSpace(t.SupportNeed))
            {
                yield return new Paragraph("Ikke udredt.");
                continue;
            }

            yield return Facts((t.ResourcesLabel, t.Resources), (t.ChallengesLabel, t.Challenges), (t.SupportNeedLabel, t.SupportNeed));
        }
    }

    private static IEnumerable<DocumentBlock> Goals(PlanDocument d)
    {
        yield return new Heading(1, "Mål og delmål");
        if (d.Goals.Count == 0)
        {
            yield return new Paragraph("Der er ikke sat mål endnu.");
        }

        foreach (var g in d.Goals)
        {
            yield return new Heading(2, "Mål: " + g.Text);
            foreach (var block in Goal(g, isSubGoal: false))
            {
                yield return block;
            }

            foreach (var s in g.SubGoals)
            {
                yield return new Heading(3, "Delmål: " + s.Text);
                foreach (var block in Goal(s, isSubGoal: true))
                {
                    yield return block;
                }
            }
        }
    }

    private static IEnumerable<DocumentBlock> Goal(PlanDocument.GoalView g, bool isSubGoal)
    {
        var what = isSubGoal ? "delmålet" : "målet";
        yield return Facts(
            ("Tema", g.ThemeName),
            ("Formål", isSubGoal ? null : g.PurposeTitle ?? "Ikke knyttet til et formål"),
            ("Type og tilstand", $"{g.Type} · {g.State}"),
            ("Periode", $"{Date(g.StartOn)} – {Date(g.EndOn)}"),
            ("Evaluering", Interval(g.EvaluationIntervalMonths) + (g.NextEvaluationOn is { } next ? $", næste {Date(next)}" : "")),
            ("Indikator", isSubGoal ? (g.IndicatorName ?? "Ingen") + (g.ScoringFrequency is { } f ? $", scores {f.ToLowerInvariant()}" : "") : null),
            ("Begrundelse", g.Rationale),
            ($"Sådan ses det, at {what} er nået", g.Measure),
            ("Borgerens deltagelse", g.CitizenParticipation),
            ("Seneste evaluering", g.LatestEvaluation is { } e
                ? $"{Date(e.EvaluatedOn)}: {e.Decision}. {e.Conclusion}{(e.PlanRevisionNeeded ? " (planen skal revideres)" : "")}"
                : null));
        if (g.Interventions.Count > 0)
        {
            yield return new DataTable(["Indsats", "Hvor ofte", "Hvem"],
                [.. g.Interventions.Select(i => (IReadOnlyList<string>)[i.What, Or(i.HowOften), Or(i.Who)])], "Indsatser");
        }

        if (g.Collaborators.Count > 0)
        {
            yield return new DataTable(["Samarbejdspartner", "Navn", "Sådan deltager de"],
                [.. g.Collaborators.Select(c => (IReadOnlyList<string>)[c.Kind, Or(c.Name), Or(c.HowTheyTakePart)])], "Samarbejdspartnere");
        }
    }

    private static IEnumerable<DocumentBlock> Methods(PlanDocument d)
    {
        yield return new Heading(1, "Faglige tilgange og metoder");
        yield return d.Methods.Count == 0
            ? new Paragraph("Der er ikke valgt metoder.")
            : new DataTable(["Metode", "Sådan praktiseres det for borgeren"], [.. d.Methods.Select(m => (IReadOnlyList<string>)[m.Name, Or(m.HowPractised)])]);
        yield return new Heading(2, "Faglige tilgange");
        yield return new Paragraph(Or(d.ApproachesText, "Ikke udfyldt"));
    }

    private static IEnumerable<DocumentBlock> Compass(PlanDocument d)
    {
        yield return new Heading(1, "Autonomt kompas");
        var c = d.Compass;
        yield return new DataTable(["Nervesystem", "Behag", "Ubehag"],
        [
            ["Sympatisk", Or(c.SympatheticComfort), Or(c.SympatheticDiscomfort)],
            ["Parasympatisk", Or(c.ParasympatheticComfort), Or(c.ParasympatheticDiscomfort)],
        ]);
        yield return new Paragraph($"Opdateret {Date(c.UpdatedOn)}");
    }

    private static IEnumerable<DocumentBlock> Dpu(PlanDocument d)
    {
        yield return new Heading(1, "DPU – Dansk pædagogisk udviklingsbeskrivelse");
        yield return d.Dpu.Count == 0
            ? new Paragraph("Der er ikke registreret en DPU.")
            : new DataTable(["Udarbejdet", "Resumé"], [.. d.Dpu.Select(x => (IReadOnlyList<string>)[Date(x.MadeOn), Or(x.Summary)])]);
    }

    /// <summary>Label/value rows as a two-column table; rows without a label's value are left out when the value is null.</summary>
    private static DataTable Facts(params (string Label, string? Value)[] rows) =>
        new(["Felt", "Indhold"], [.. rows.Where(r => r.Value is not null || !IsOptional(r.Label)).Select(r => (IReadOnlyList<string>)[r.Label, Or(r.Value)])]);

    // Rows that only exist for some goals: a missing value means "not relevant", not "not filled in".
    private static bool IsOptional(string label) =>
        label is "Formål" or "Indikator" or "Ønsker til mål" or "Seneste evaluering" || label.StartsWith("Sådan ses det", StringComparison.Ordinal);

    private static string Interval(int? months) => months switch { null => "ikke fastsat", 1 => "hver måned", _ => $"hver {months}. måned" };

    private static string Date(DateOnly? day) => day?.ToDanishDate() ?? "–";

    private static string Or(string? text, string empty = "–") => string.IsNullOrWhiteSpace(text) ? empty : text;
}
