namespace Retning.Web.Pages.Kvalitet.Samtale;

/// <summary>A radio question of the interview: the field, its question, the options (value, words), the chosen value and the error at it.</summary>
public sealed record ChoiceField(string Field, string Legend, IReadOnlyList<(string Value, string Label)> Options, string? Value, string? Error)
{
    public string Name => "Input." + Field;

    /// <summary>The first radio carries the field's id, so the error summary's link lands on it.</summary>
    public string Id => "Input_" + Field;
}
