using Microsoft.AspNetCore.Mvc.Rendering;

namespace Retning.Web.Pages.Admin.ApiKlienter;

/// <summary>What the shared fields partial needs from the create and edit pages.</summary>
public interface IApiClientForm
{
    ApiClientInput Input { get; }
    IReadOnlyList<SelectListItem> DepartmentChoices { get; }
}
