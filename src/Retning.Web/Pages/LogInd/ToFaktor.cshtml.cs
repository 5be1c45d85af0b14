using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Retning.Data.Identity;

namespace Retning.Web.Pages.LogInd;

public sealed class ToFaktorModel(SignInManager<AppUser> signIn, ILogger<ToFaktorModel> logger) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class CodeInput
    {
        [Required(ErrorMessage = "Indtast koden fra din app.")]
        [TextLimit(TextLimits.Code)]
        public string Code { get; set; } = string.Empty;
    }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/LogInd/Index") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/LogInd/Index");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Input.Code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Input.Code.Trim());
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in with two factors", user.Id);
            return LocalRedirect(IndexModel.SafeReturnUrl(ReturnUrl));
        }

        ModelState.AddModelError("Input.Code", result.IsLockedOut
            ? "Kontoen er låst efter for mange forkerte forsøg. Prøv igen senere."
            : "Koden er forkert eller udløbet. Prøv den nyeste kode fra appen.");
        return Page();
    }
}
