using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using QRCoder;
using Retning.Data.Identity;

namespace Retning.Web.Pages.Konto;

/// <summary>TOTP set-up: a key and QR code for an authenticator app, verified by one code, then recovery codes.</summary>
public sealed class ToFaktorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, CurrentUser me,
    IConfiguration configuration, ILogger<ToFaktorModel> logger) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    public bool Enabled { get; private set; }
    public bool Required { get; private set; }
    public string SharedKey { get; private set; } = string.Empty;
    public string QrCodeDataUri { get; private set; } = string.Empty;
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public sealed class CodeInput
    {
        [Required(ErrorMessage = "Indtast koden fra din app.")]
        [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "Koden er 6 cifre, fx 123456.")]
        [TextLimit(TextLimits.Code)]
        public string Code { get; set; } = string.Empty;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        return user is null ? Challenge() : await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(user);
        }

        var code = Input.Code.Replace(" ", string.Empty, StringComparison.Ordinal);
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError("Input.Code", "Koden passer ikke. Tjek at telefonens ur går rigtigt, og prøv den nyeste kode.");
            return await ShowAsync(user);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} turned on two-factor login", user.Id);
        Enabled = true;
        Required = RoleRequiresTwoFactor();
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (RoleRequiresTwoFactor())
        {
            return Forbid();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} turned off two-factor login", user.Id);
        TempData["Success"] = "To-faktor-login er slået fra.";
        return RedirectToPage("/Konto/Index");
    }

    private async Task<PageResult> ShowAsync(AppUser user)
    {
        Enabled = user.TwoFactorEnabled;
        Required = RoleRequiresTwoFactor();
        if (!Enabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user) ?? string.Empty;
            }

            SharedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
            QrCodeDataUri = QrDataUri(AuthenticatorUri(user.Email ?? user.UserName ?? "bruger", key));
        }

        return Page();
    }

    private bool RoleRequiresTwoFactor()
    {
        var roles = configuration.GetSection("Security:TwoFactorRequiredRoles").Get<string[]>() ?? [];
        return me.Grants.Any(g => roles.Contains(g.Role.ToString(), StringComparer.OrdinalIgnoreCase));
    }

    private static string AuthenticatorUri(string account, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString("Retning")}:{Uri.EscapeDataString(account)}?secret={key}&issuer=Retning&digits=6";

    private static string QrDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        using var qr = new PngByteQRCode(data);
        var png = qr.GetGraphic(8);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
