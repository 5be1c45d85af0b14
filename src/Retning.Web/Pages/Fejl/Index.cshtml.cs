namespace Retning.Web.Pages.Fejl;

[IgnoreAntiforgeryToken]
public sealed class IndexModel : PageModel
{
    public string Reference => HttpContext.TraceIdentifier;

    public void OnGet()
    {
    }

    public void OnPost()
    {
    }
}
