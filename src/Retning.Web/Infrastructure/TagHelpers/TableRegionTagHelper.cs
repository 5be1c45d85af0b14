using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Retning.Web.Infrastructure.TagHelpers;

/// <summary>
/// The scroll container around a table: <c>&lt;div table-label="…"&gt;</c>. A table that can
/// scroll sideways on a tablet must be reachable by keyboard and named (WCAG 2.1.1, axe
/// "scrollable-region-focusable"), so the container is a focusable, labelled region.
/// </summary>
[HtmlTargetElement("div", Attributes = "table-label")]
public sealed class TableRegionTagHelper : TagHelper
{
    [HtmlAttributeName("table-label")]
    public string Label { get; set; } = string.Empty;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.SetAttribute("class", "app-table-wrap");
        output.Attributes.SetAttribute("tabindex", "0");
        output.Attributes.SetAttribute("role", "region");
        output.Attributes.SetAttribute("aria-label", Label);
    }
}
