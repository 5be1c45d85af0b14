using Retning.Domain.Quality;

namespace Retning.Data.Demo;

/// <summary>The improvement plan of the demo's completed round (indicator 9): one action verified effective, one done awaiting its verdict, one in progress.</summary>
internal static class DemoImprovementActions
{
    public static IEnumerable<ImprovementAction> For(MonitoringRound round, Dictionary<string, Guid> userIds, DateOnly today, DateTime now)
    {
        var anne = userIds["anne@demo.retning.dk"];
        var lars = userIds["lars@demo.retning.dk"];
        var planned = now.AddMonths(-2);

        var evaluations = Action(round, lars, now, "Delmål evalueres på hvert teammøde",
            "Indikator 6: resultaterne er ikke altid evalueret i perioden (1 af 6 planer ikke opfyldt).",
            [QualityIndicator.PositiveResults], lars, today.AddDays(-20), ActionFigureKind.ManagementFigure, "evalueringer-til-tiden");
        (evaluations.MadeToLast, evaluations.DoneOn, evaluations.BeforeValue, evaluations.BeforeReadOn) =
            ("Evalueringslisten er fast punkt på teammødets dagsorden; afdelingslederen gennemgår den den første mandag i måneden.", today.AddDays(-30), 62m, today.AddMonths(-2));
        (evaluations.AfterValue, evaluations.AfterReadOn, evaluations.VerifiedOn, evaluations.VerifiedByUserId) = (78m, today.AddDays(-3), today.AddDays(-3), lars);
        evaluations.Status = ImprovementActionStatus.VerifiedEffective;
        Moves(evaluations, lars, planned, ImprovementActionStatus.InProgress, ImprovementActionStatus.Done, ImprovementActionStatus.VerifiedEffective);

        var involvement = Action(round, anne, now, "Målene gennemgås med borgeren før hvert statusmøde",
            "Indikator 8: én borger oplevede ikke at være inddraget, og flere kendte kun nogle af deres mål.",
            [QualityIndicator.CitizenInvolvement], anne, today.AddDays(14), ActionFigureKind.ManagementFigure, "borgerens-deltagelse");
        (involvement.MadeToLast, involvement.DoneOn, involvement.BeforeValue, involvement.BeforeReadOn) =
            ("Kontaktpersonen noterer samtalen i planen; punktet står i skabelonen til statusmødets dagsorden.", today.AddDays(-7), 55m, today.AddMonths(-2));
        involvement.Status = ImprovementActionStatus.Done;
        Moves(involvement, anne, planned, ImprovementActionStatus.InProgress, ImprovementActionStatus.Done);

        var collaboration = Action(round, lars, now, "Samarbejdspartnere skrives ind ved målene",
            "Indikator 7: samarbejdet med skole, PPR og psykiatri er for sjældent beskrevet ved målene (1 af 5 relevante planer opfyldt).",
            [QualityIndicator.ExternalCollaboration, QualityIndicator.CoherenceOfInterventionsAndGoals], anne, today.AddMonths(2),
            ActionFigureKind.NextRoundIndicator, ((int)QualityIndicator.ExternalCollaboration).ToString(System.Globalization.CultureInfo.InvariantCulture));
        (collaboration.BeforeValue, collaboration.BeforeReadOn) = (20m, round.CompletedOn);
        collaboration.Status = ImprovementActionStatus.InProgress;
        Moves(collaboration, lars, planned, ImprovementActionStatus.InProgress);

        return [evaluations, involvement, collaboration];
    }

    private static ImprovementAction Action(MonitoringRound round, Guid createdBy, DateTime now, string title, string finding,
        QualityIndicator[] indicators, Guid owner, DateOnly due, ActionFigureKind kind, string figure) => new()
    {
        RoundId = round.Id, Title = title, Finding = finding, Indicators = IndicatorSet.Of(indicators), OwnerUserId = owner, DueOn = due,
        FigureKind = kind, FigureKey = figure, FigureDirection = FigureDirection.Up, CreatedByUserId = createdBy, CreatedUtc = now.AddMonths(-2),
    };

    /// <summary>The action's history: each move a week after the one before, from when it was planned.</summary>
    private static void Moves(ImprovementAction action, Guid by, DateTime from, params ImprovementActionStatus[] path)
    {
        var at = from;
        var previous = ImprovementActionStatus.Planned;
        foreach (var next in path)
        {
            at = at.AddDays(7);
            action.Changes.Add(new ImprovementActionChange
            {
                ActionId = action.Id, From = previous, To = next, AtUtc = at, ByUserId = by,
                BeforeValue = next is ImprovementActionStatus.VerifiedEffective or ImprovementActionStatus.VerifiedNotEffective ? action.BeforeValue : null,
                AfterValue = next is ImprovementActionStatus.VerifiedEffective or ImprovementActionStatus.VerifiedNotEffective ? action.AfterValue : null,
            });
            previous = next;
        }
    }
}
