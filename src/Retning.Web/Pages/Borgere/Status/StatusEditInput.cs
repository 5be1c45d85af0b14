using Retning.Domain.Status;

namespace Retning.Web.Pages.Borgere.Status;

/// <summary>The edit form of a draft status: each section's texts and inclusion, the chosen goals, and the concurrency token.</summary>
public sealed class StatusEditInput
{
    public List<SectionInput> Sections { get; set; } = [];
    public List<Guid> GoalIds { get; set; } = [];

    /// <summary>Every score listed in an appendix (the status itself summarises them per month).</summary>
    public bool IncludeScoresAppendix { get; set; }
    public int Version { get; set; }

    public sealed class SectionInput
    {
        public StatusSectionKey Key { get; set; }
        public bool Included { get; set; }
        [TextLimit(StatusWorkflow.MaxSectionText)]
        public string? Since { get; set; }
        [TextLimit(StatusWorkflow.MaxSectionText)]
        public string? Ahead { get; set; }
    }
}
