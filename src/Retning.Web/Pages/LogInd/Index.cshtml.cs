using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Retning.Data.Identity;

namespace Retning.Web.Pages.LogInd;

public sealed class IndexModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, IPasswordHasher<AppUser> hasher,
    IOptions<IdentityOptions> identity, ILogger<IndexModel> logger) : PageModel
{
    /// <summary>
    /// One message for every refusal (unknown e-mail, wrong password, locked or deactivated account),
    /// so the login page does not tell who has an account; the page's text explains the lockout rule.
    /// </summary>
    public const string Refused = "Forkert e-mail eller adgangskode.";

    private static readonly Lazy<string> UnusedPassword = new(() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
    private static string? _dummyHash;

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
        if (user is null || !user.IsActive || await users.IsLockedOutAsync(user))
        {
            if (user is not null && user.IsActive)
            {
                logger.LogWarning("User {UserId} is locked out", user.Id);
            }

            // Identity answers these without checking a password hash; checking one here takes the
            // same time as a real attempt, so the answer's speed does not tell who has an account.
            SpendAsLongAsAPasswordCheck();
            return Failed(Refused);
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in", user.Id);
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/LogInd/ToFaktor", new { returnUrl = SafeReturnUrl(ReturnUrl) });
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("User {UserId} is locked out", user.Id);
        }

        return Failed(Refused);
    }

    private void SpendAsLongAsAPasswordCheck()
    {
        var dummy = new AppUser();
        _dummyHash ??= hasher.HashPassword(dummy, UnusedPassword.Value);
        _ = hasher.VerifyHashedPassword(dummy, _dummyHash, Input.Password);
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
