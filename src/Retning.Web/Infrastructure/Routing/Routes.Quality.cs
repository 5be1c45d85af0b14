namespace Retning.Web.Infrastructure.Routing;

public static partial class Routes
{
    /// <summary>Quality monitoring (standard 1.3 steps 3–4): rounds, their sample, reviews, interviews, results, improvement plan and report.</summary>
    public static class Quality
    {
        public const string Start = "/kvalitet";
        public const string NewRound = "/kvalitet/ny";

        public static string Round(Guid roundId) => $"/kvalitet/{roundId}";

        /// <summary>Draw (or draw again, before any review is saved) the round's sample.</summary>
        public static string Sample(Guid roundId) => $"/kvalitet/{roundId}/stikproeve";

        /// <summary>The review form of one sampled plan, for the first or (blind) second reviewer: the role follows from who is signed in.</summary>
        public static string Review(Guid roundId, Guid sampleId) => $"/kvalitet/{roundId}/gennemgang/{sampleId}";

        /// <summary>The citizen interview of indicator 8 for one sampled plan.</summary>
        public static string Interview(Guid roundId, Guid sampleId) => $"/kvalitet/{roundId}/samtale/{sampleId}";

        /// <summary>Results per indicator, department and offer; with <paramref name="query"/> one count opened to its plans.</summary>
        public static string Results(Guid roundId, string? query = null) =>
            string.IsNullOrEmpty(query) ? $"/kvalitet/{roundId}/resultater" : $"/kvalitet/{roundId}/resultater?{query}";

        /// <summary>Complete the round with its conclusion.</summary>
        public static string Complete(Guid roundId) => $"/kvalitet/{roundId}/afslut";

        public static string ImprovementPlan(Guid roundId) => $"/kvalitet/{roundId}/forbedringsplan";
        public static string NewAction(Guid roundId) => $"/kvalitet/{roundId}/forbedringsplan/ny";
        public static string Action(Guid roundId, Guid actionId) => $"/kvalitet/{roundId}/forbedringsplan/{actionId}";

        /// <summary>The round's report with its improvement plan: print view, and as DOCX/PDF with <paramref name="format"/> "docx" or "pdf".</summary>
        public static string Report(Guid roundId, string? format = null) =>
            format is null ? $"/kvalitet/{roundId}/rapport" : $"/kvalitet/{roundId}/rapport?format={format}";
    }
}
