using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Retning.Web.Infrastructure.TagHelpers;

/// <summary>
/// Gives every POST form a fresh key per render, so a create handler can recognise the same
/// submission sent twice (<see cref="IdempotencyFilter"/>). Every form gets it, so no view
/// has to remember it; handlers without <see cref="IdempotentAttribute"/> ignore it.
/// </summary>
[HtmlTargetElement("form")]
public sealed class IdempotencyKeyTagHelper : TagHelper
{
    // After the framework's form tag helper (order 0), which adds the antiforgery token.
    public override int Order => 10;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!context.AllAttributes.TryGetAttribute("method", out var method)
            || !string.Equals(method.Value?.ToString(), "post", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var key = Guid.NewGuid().ToString("D", CultureInfo.InvariantCulture);
        output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{IdempotentAttribute.FieldName}\" value=\"{key}\" />");
    }
}
