namespace Retning.Web.Pages.Admin.Skalaer;

/// <summary>A page with the scale form, so the new-scale and edit pages share one levels editor.</summary>
public interface IScaleForm
{
    ScaleInput Input { get; }
}
