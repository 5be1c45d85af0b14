using Retning.Domain.Quality;

namespace Retning.Web.Services.Quality;

/// <summary>Where a monitoring round stands: planned until its sample is drawn, in progress until it is completed.</summary>
public enum RoundStatus
{
    Planned = 1,
    InProgress = 2,
    Completed = 3,
}

public static class RoundStatusText
{
    public static RoundStatus StatusOf(this MonitoringRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return round.CompletedOn is not null ? RoundStatus.Completed
            : round.SampledUtc is not null ? RoundStatus.InProgress
            : RoundStatus.Planned;
    }

    public static string Danish(this RoundStatus status) => status switch
    {
        RoundStatus.Planned => "Planlagt",
        RoundStatus.InProgress => "I gang",
        RoundStatus.Completed => "Afsluttet",
        _ => status.ToString(),
    };

    public static string Danish(this ReviewState state) => state switch
    {
        ReviewState.NotStarted => "Ikke startet",
        ReviewState.Draft => "Kladde",
        ReviewState.Submitted => "Afsluttet",
        _ => state.ToString(),
    };
}
