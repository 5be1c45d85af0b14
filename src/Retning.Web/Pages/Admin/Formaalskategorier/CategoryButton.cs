using Retning.Domain.Plans;

namespace Retning.Web.Pages.Admin.Formaalskategorier;

/// <summary>
/// One small form of a category's row (move, take in or out of use): the handler, the region, the
/// category with the version the page showed (docs/adr/0004), and the one value the button posts.
/// </summary>
public sealed record CategoryButton(string Handler, string FormId, Guid RegionId, PurposeCategory Category, string Field, string Value, string Text);
