namespace Retning.Domain.Common;

/// <summary>How a typed optional text is kept: trimmed, and null when nothing but white space was typed.</summary>
public static class FormText
{
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
