using System.ComponentModel.DataAnnotations;

namespace Retning.Web.Infrastructure;

/// <summary>
/// The one way a form field's text is bounded (docs/architecture.md, "Validation"): put on every string of
/// every input model with the domain's constant for that field (e.g. <c>[TextLimit(CitizenValidation.MaxNamePart)]</c>).
/// Model validation puts <see cref="TextLimits.TooLong"/>'s message at the field, the page shows
/// the form again with the typed text, and <see cref="TagHelpers.FieldTagHelper"/> shows the
/// limit as maxlength. The same constant bounds the database column.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TextLimitAttribute(int max) : ValidationAttribute
{
    public int Max { get; } = max;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        TextLimits.TooLong(value as string, Max) is { } message ? new ValidationResult(message) : ValidationResult.Success;
}
