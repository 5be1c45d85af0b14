using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Retning.Web.Infrastructure.TagHelpers;

/// <summary>
/// One DKFDS form field: label above, hint, the error at the field (linked with
/// aria-describedby) and the input. Values come back from ModelState after a failed post,
/// so nothing typed is lost. The one way forms render fields in Retning.
/// </summary>
[HtmlTargetElement("dk-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = default!;

    public string Label { get; set; } = string.Empty;
    public string? Hint { get; set; }

    /// <summary>text, email, tel, date, password, number, textarea or select.</summary>
    public string Type { get; set; } = "text";

    public IEnumerable<SelectListItem>? Items { get; set; }
    public string? Autocomplete { get; set; }

    /// <summary>DKFDS width class, e.g. "input-width-s".</summary>
    public string? Width { get; set; }

    public bool Required { get; set; }

    /// <summary>
    /// False for a field required only in some cases (its hint says when): no "(valgfri)" marker, which would
    /// contradict the hint, and no required attribute either.
    /// </summary>
    public bool MarkOptional { get; set; } = true;
    public int Rows { get; set; } = 4;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var errors = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry.Errors : null;
        var hasError = errors is { Count: > 0 };
        var describedBy = new List<string>();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", hasError ? "form-group form-error" : "form-group");

        var label = new TagBuilder("label");
        label.AddCssClass("form-label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(Label);
        if (!Required && MarkOptional && Type != "select")
        {
            label.InnerHtml.AppendHtml(" <span class=\"weight-normal\">(valgfri)</span>");
        }

        output.Content.AppendHtml(label);

        if (!string.IsNullOrEmpty(Hint))
        {
            var hint = new TagBuilder("span");
            hint.AddCssClass("form-hint");
            hint.Attributes["id"] = id + "-hint";
            hint.InnerHtml.Append(Hint);
            describedBy.Add(id + "-hint");
            output.Content.AppendHtml(hint);
        }

        if (hasError)
        {
            var error = new TagBuilder("span");
            error.AddCssClass("form-error-message");
            error.Attributes["id"] = id + "-error";
            error.InnerHtml.AppendHtml("<span class=\"sr-only\">Fejl: </span>");
            error.InnerHtml.Append(string.Join(" ", errors!.Select(e => e.ErrorMessage).Distinct(StringComparer.Ordinal)));
            describedBy.Add(id + "-error");
            output.Content.AppendHtml(error);
        }

        var attributes = new Dictionary<string, object?>();
        if (describedBy.Count > 0)
        {
            attributes["aria-describedby"] = string.Join(" ", describedBy);
        }

        if (hasError)
        {
            attributes["aria-invalid"] = "true";
        }

        if (Required)
        {
            attributes["required"] = "required";
        }

        // The limit of the field, shown by the browser; the server checks it anyway (TextLimitAttribute).
        if (For.Metadata.ValidatorMetadata.OfType<TextLimitAttribute>().FirstOrDefault() is { } limit && Type is not ("select" or "date" or "number"))
        {
            attributes["maxlength"] = limit.Max.ToString(CultureInfo.InvariantCulture);
        }

        if (!string.IsNullOrEmpty(Autocomplete))
        {
            attributes["autocomplete"] = Autocomplete;
        }

        output.Content.AppendHtml(Type switch
        {
            "select" => Select(name, attributes),
            "textarea" => TextArea(name, attributes),
            _ => Input(name, attributes),
        });
    }

    private TagBuilder Input(string name, Dictionary<string, object?> attributes)
    {
        attributes["type"] = Type;
        attributes["class"] = Classes("form-input");
        if (Type == "password")
        {
            return generator.GeneratePassword(ViewContext, For.ModelExplorer, name, value: null, attributes);
        }

        // A date field needs ISO format for the browser's date picker; attempted values win after an error.
        var format = Type == "date" ? "{0:yyyy-MM-dd}" : null;
        var value = For.Model is IFormattable f && format is not null ? string.Format(CultureInfo.InvariantCulture, format, f) : null;
        return generator.GenerateTextBox(ViewContext, For.ModelExplorer, name, value ?? For.Model, format, attributes);
    }

    private TagBuilder TextArea(string name, Dictionary<string, object?> attributes)
    {
        attributes["class"] = Classes("form-input");
        return generator.GenerateTextArea(ViewContext, For.ModelExplorer, name, Rows, columns: 0, attributes);
    }

    private TagBuilder Select(string name, Dictionary<string, object?> attributes)
    {
        attributes["class"] = Classes("form-select");
        return generator.GenerateSelect(ViewContext, For.ModelExplorer, optionLabel: null, name, Items ?? [], allowMultiple: false, attributes);
    }

    private string Classes(string baseClass) => string.IsNullOrEmpty(Width) ? baseClass : $"{baseClass} {Width}";
}
