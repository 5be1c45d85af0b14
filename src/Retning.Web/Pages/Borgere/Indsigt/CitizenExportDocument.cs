using System.Globalization;
using Retning.Documents.Model;
using Retning.Domain.Citizens;
using Retning.Domain.Consents;
using Retning.Domain.Quality;
using Retning.Domain.Evaluations;
using Retning.Domain.Plans;
using Retning.Domain.Status;

namespace Retning.Web.Pages.Borgere.Indsigt;

/// <summary>
/// The readable part of the access package (written as DOCX by the shared <see cref="Documents.Docx.DocxWriter"/>):
/// the same records as the JSON, as headings and tables a citizen can read. The frozen period
/// snapshots and status revisions are listed here and given in full in the JSON.
/// </summary>
public static class CitizenExportDocument
{
    public const string Title = "Indsigt: oplysninger om borgeren i Retning";

    public static DocumentModel Build(CitizenExportData d, DateTimeOffset created)
    {
        var c = d.Citizen;
        var day = DanishTime.ToLocal(created.UtcDateTime).ToDanishDate();
        var blocks = new List<DocumentBlock>
        {
            new Paragraph("Dette dokument er en læsbar udgave af de oplysninger, Retning har om borgeren (databeskyttelsesforordningens artikel 15). "
                + "Den fulde, maskinlæsbare udgave med alle versioner ligger i filen indsigt.json i samme pakke. "
                + "I adgangsloggen vises medarbejdere med deres rolle, ikke deres navn."),
            new Heading(1, "Stamdata"),
            Table(["Oplysning", "Værdi"], [
                Row("Navn", c.FullName), Row("CPR-nr.", Cpr.Format(c.CprDigits)), Row("Fødselsdato", D(c.BirthDate)),
                Row("Indskrevet", D(c.EnrolledOn)), Row("Udskrevet", D(c.DischargedOn)), Row("Målgruppe", c.TargetGroup), Row("Kategori", c.Category),
                Row("Støtteniveau", c.SupportLevel), Row("Handlekommune", c.Municipality), Row("Sagsbehandler", c.CaseworkerName)]),
            new Heading(2, "Repræsentanter"),
            Table(["Type", "Navn", "Relation", "Telefon", "E-mail", "Adresse"],
                [.. d.Representatives.Select(r => Row(r.Kind.Danish(), r.Name, r.Relation, r.Phone, r.Email, r.Address))]),
            new Heading(1, "Formål"),
            Table(["Formål", "Formulering", "Modtaget", "Kilde"],
                [.. d.Purposes.SelectMany(p => p.Revisions.OrderBy(r => r.EnteredUtc).Select(r => Row(p.Title, r.Text, D(r.ReceivedOn), r.Source.Danish())))]),
        };
        AddPlan(blocks, d);
        blocks.Add(new Heading(1, "Dagbog"));
        blocks.Add(Table(["Dato", "Version", "Skrevet", "Tekst", "Score", "Rettelse"],
            [.. d.DiaryNotes.SelectMany(n => n.Versions.OrderBy(v => v.Number).Select(v =>
                Row(D(v.ObservedOn), v.Number.ToString(CultureInfo.InvariantCulture), T(v.WrittenUtc), v.Text, v.ScoreValue?.ToString(CultureInfo.InvariantCulture), v.CorrectionReason)))]));
        blocks.Add(new Heading(1, "Evalueringer"));
        blocks.Add(Table(["Dato", "Mål", "Beslutning", "Kvalitativ vurdering"],
            [.. d.Evaluations.OrderBy(e => e.EvaluatedOn).Select(e => Row(D(e.EvaluatedOn), GoalText(d, e.GoalId), e.Decision.Danish(), e.Qualitative))]));
        blocks.Add(new Heading(1, "Statusrapporter"));
        blocks.Add(Table(["Periode", "Tilstand", "Godkendte revisioner"],
            [.. d.Statuses.Select(s => Row($"{D(s.Report.PeriodFrom)}–{D(s.Report.PeriodTo)}", s.Report.State.Danish(),
                string.Join(", ", s.Revisions.Select(v => $"nr. {v.Number} ({T(v.ApprovedUtc)})"))))]));
        blocks.Add(new Heading(1, "Statusmøder og referater"));
        blocks.Add(Table(["Dato", "Sted", "Referat", "Aftaler"],
            [.. d.Meetings.Select(m => Row(D(m.On), m.Place, m.MinutesState.Danish(), m.MinutesAgreements))]));
        blocks.Add(new Heading(1, "Samtykker"));
        blocks.Add(Table(["Givet", "Af", "Omfang", "Beskrivelse", "Trukket tilbage"],
            [.. d.Consents.Select(x => Row(D(x.GivenOn), $"{x.GivenByName} ({x.GivenBy.Danish()})", x.Scope.Danish(), x.Description, D(x.WithdrawnOn)))]));
        blocks.Add(new Heading(1, "Videregivelser"));
        blocks.Add(Table(["Sendt", "Hvad", "Til", "Grundlag", "Hvordan"],
            [.. d.Disclosures.Select(x => Row(D(x.SentOn), x.Subject.Danish(), $"{x.RecipientName} {x.RecipientOrganisation}".Trim(), x.Basis.Danish(), x.Channel.Danish()))]));
        AddQuality(blocks, d);
        blocks.Add(new Heading(1, "Adgangslog"));
        blocks.Add(new Paragraph("Hvem har set eller ændret oplysningerne, vist med medarbejderens rolle og afdeling."));
        blocks.Add(Table(["Tidspunkt", "Rolle", "Handling", "Hvad"],
            [.. d.AccessLog.Select(l => Row(T(l.AtUtc), l.Role, l.ActionText, l.Subject))]));

        return new DocumentModel(Title,
            [new TitleFact("Borger", c.FullName), new TitleFact("CPR-nr.", c.MaskedCpr), new TitleFact("Afdeling", $"{d.DepartmentName}, {d.OfferName}"), new TitleFact("Udtrukket", day)],
            $"{c.FullName} · Indsigt · {day}", blocks) { Created = created };
    }

    /// <summary>Monitoring rounds that reviewed the plan (indicators 5–8), and the citizen's interview answers (indicator 8).</summary>
    private static void AddQuality(List<DocumentBlock> blocks, CitizenExportData d)
    {
        string? R(ReviewRating? r) => r?.Danish();
        blocks.Add(new Heading(1, "Kvalitetsovervågning"));
        blocks.Add(Table(["Gemt", "Indikator 5", "Indikator 6", "Indikator 7", "Indikator 8", "Kommentarer"],
            [.. d.QualityReviews.Select(r => Row(T(r.SavedUtc), R(r.Coherence), R(r.Results), R(r.Collaboration), R(r.Involvement),
                string.Join(" / ", new[] { r.CoherenceComment, r.ResultsComment, r.CollaborationComment, r.InvolvementComment }.Where(c => !string.IsNullOrWhiteSpace(c)))))]));
        blocks.Add(Table(["Samtale", "Svarede", "Svar", "Kommentar"],
            [.. d.QualityInterviews.Select(i => Row(D(i.InterviewedOn), i.Respondent.Danish(),
                string.Join("; ", InterviewQuestions.Texts.Select((q, n) => $"{q} {i.Answers[n]?.Danish() ?? "–"}")), i.Comment))]));
    }

    private static void AddPlan(List<DocumentBlock> blocks, CitizenExportData d)
    {
        blocks.Add(new Heading(1, "Individuel plan"));
        if (d.Plan is not { } plan)
        {
            blocks.Add(new Paragraph("Borgeren har ingen individuel plan."));
            return;
        }

        blocks.Add(Table(["Del", "Indhold"], [
            Row("Borgerens perspektiv og ønsker", plan.NoWishes ? "Borgeren har ingen ønsker" : plan.CitizenPerspective),
            Row("Inddragelse", plan.Participation), Row("Tilbuddets tilføjelser", plan.OfferAdditions), Row("Faglige tilgange", plan.ApproachesText)]));
        blocks.Add(new Heading(2, "Udredning"));
        blocks.Add(Table(["Tema", "Ressourcer", "Udfordringer", "Støttebehov"],
            [.. plan.Assessments.OrderBy(a => a.ThemeKey, StringComparer.Ordinal).Select(a => Row(a.ThemeKey, a.Resources, a.Challenges, a.SupportNeed))]));
        blocks.Add(new Heading(2, "Mål og delmål"));
        blocks.Add(Table(["Mål", "Delmål af", "Type", "Tilstand", "Start", "Slut", "Begrundelse"],
            [.. plan.Goals.OrderBy(g => g.StartOn).Select(g => Row(g.Text, g.ParentGoalId is { } p ? GoalText(d, p) : "", g.Type.Danish(), g.State.Danish(), D(g.StartOn), D(g.EndOn), g.Rationale))]));
        blocks.Add(new Heading(2, "Perioder"));
        blocks.Add(Table(["Periode", "Begyndt", "Lukket", "Lukket af"],
            [.. plan.Periods.OrderBy(p => p.Number).Select(p => Row(p.Number.ToString(CultureInfo.InvariantCulture), D(p.StartedOn), D(p.ClosedOn), p.ClosedByName))]));
    }

    private static string GoalText(CitizenExportData d, Guid goalId) => d.Plan?.Goals.FirstOrDefault(g => g.Id == goalId)?.Text ?? "";

    private static DataTable Table(string[] headers, IReadOnlyList<IReadOnlyList<string>> rows) => new(headers, rows);

    private static string[] Row(params string?[] cells) => [.. cells.Select(x => x ?? "")];

    private static string D(DateOnly? day) => day?.ToDanishDate() ?? "";

    private static string T(DateTime utc) => DanishTime.ToLocal(utc).ToDanishDateTime();
}
