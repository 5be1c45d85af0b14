namespace Retning.Web.Infrastructure;

/// <summary>One step of the breadcrumb trail; the layout renders ViewData["Breadcrumbs"].</summary>
public sealed record Breadcrumb(string Text, string? Href = null);
