using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Retning.Data.Identity;
using Retning.Domain.Common;
using Retning.Web.Infrastructure;

namespace Retning.Web.Pages.Konto;

public sealed class LogIndModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, IOptions<IdentityOptions> identity, ILogger<LogIndModel> logger) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true, Name = "logget-ud")]
    public bool SignedOut { get; set; }

    public int MaxFailedLogins => identity.Value.Lockout.MaxFailedAccessAttempts;
    public int LockoutMinutes => (int)identity.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes;

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Indtast din e-mail.")]
        [EmailAddress(ErrorMessage = "Indtast en gyldig e-mail, fx navn@eksempel.dk.")]
        [TextLimit(TextLimits.Name)]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Indtast din adgangskode.")]
        [TextLimit(TextLimits.Name)]
        public string Password { get; set; } = string.Empty;
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null || !user.IsActive)
        {
            return Failed("Forkert e-mail eller adgangskode.");
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in", user.Id);
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Konto/LogIndToFaktor", new { returnUrl = SafeReturnUrl(ReturnUrl) });
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("User {UserId} is locked out", user.Id);
            return Failed($"Kontoen er låst efter for mange forkerte forsøg. Prøv igen om {LockoutMinutes} minutter, eller kontakt din administrator.");
        }

        return Failed("Forkert e-mail eller adgangskode.");
    }

    private PageResult Failed(string message)
    {
        // The password is never sent back; the e-mail stays filled in.
        Input.Password = string.Empty;
        ModelState.Remove("Input.Password");
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }

    internal static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
        && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) ? returnUrl : "/";
}
