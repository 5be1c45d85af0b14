using Microsoft.AspNetCore.Mvc.Rendering;

namespace Retning.Web.Pages.Borgere;

/// <summary>The view model of the shared citizen fields partial.</summary>
public interface ICitizenForm
{
    CitizenInput Input { get; }

    /// <summary>Departments to choose from when creating; null when editing (moves have their own page).</summary>
    IReadOnlyList<SelectListItem>? Departments { get; }

    bool ShowDischarge { get; }
}
