using Retning.Domain.Plans;

namespace Retning.Web.Pages.Borgere.Maal;

/// <summary>What the interventions and collaborators lists of a goal need; removal buttons only where the goal is edited.</summary>
public sealed record GoalWorkModel(Guid CitizenId, Goal Goal, bool CanRemove);
