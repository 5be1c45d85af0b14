using Retning.Domain.Plans;

namespace Retning.Web.Pages.Admin.Skalaer;

/// <summary>The read-only levels of one stored version, with the table's caption.</summary>
public sealed record LevelsTable(string Caption, IReadOnlyList<ScaleLevel> Levels);
