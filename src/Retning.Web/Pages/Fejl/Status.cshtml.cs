namespace Retning.Web.Pages.Fejl;

/// <summary>The page shown for 403, 404 and other status codes (re-executed, the status is kept).</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }
    public string Heading { get; private set; } = string.Empty;
    public string Explanation { get; private set; } = string.Empty;

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        Code = code;
        (Heading, Explanation) = code switch
        {
            404 => ("Siden findes ikke", "Vi kunne ikke finde det, du søgte. Måske er adressen forkert, eller også har du ikke adgang til det."),
            403 => ("Du har ikke adgang", "Din rolle giver ikke adgang til denne side. Kontakt din leder, hvis du mener, at det er en fejl."),
            413 => ("Det sendte er for stort", $"Formularen fyldte mere end {Infrastructure.TypedInputMiddleware.MaxBodyBytes / (1024 * 1024)} MB og blev ikke gemt. Gå tilbage, gør teksten kortere eller filen mindre, og prøv igen."),
            400 => ("Forespørgslen kunne ikke behandles", "Formularen var udløbet eller ufuldstændig. Gå tilbage, genindlæs siden og prøv igen."),
            _ => ("Der opstod en fejl", "Prøv igen om lidt. Fortsætter fejlen, så kontakt din administrator."),
        };

        // Direct visits to /fejl/404 answer with the status they describe.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null && code is >= 400 and < 600)
        {
            Response.StatusCode = code;
        }
    }
}
