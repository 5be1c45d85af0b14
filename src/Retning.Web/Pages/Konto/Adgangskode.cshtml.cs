using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Retning.Data.Identity;

namespace Retning.Web.Pages.Konto;

public sealed class AdgangskodeModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Indtast din nuværende adgangskode.")]
        [TextLimit(TextLimits.Name)]
        public string Current { get; set; } = string.Empty;

        [Required(ErrorMessage = "Indtast en ny adgangskode.")]
        [TextLimit(TextLimits.Name)]
        public string New { get; set; } = string.Empty;

        [Required(ErrorMessage = "Gentag den nye adgangskode.")]
        [Compare(nameof(New), ErrorMessage = "De to nye adgangskoder er ikke ens.")]
        [TextLimit(TextLimits.Name)]
        public string Repeat { get; set; } = string.Empty;
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            var result = await users.ChangePasswordAsync(user, Input.Current, Input.New);
            if (result.Succeeded)
            {
                await signIn.RefreshSignInAsync(user);
                // The user's other logins end now (the new security stamp would end them only at its next check).
                await UserSessions.EndAllAsync(db, user.Id, UserSessions.IdOf(User), clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
                TempData["Success"] = "Din adgangskode er skiftet.";
                return RedirectToPage("/Konto/Index");
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Input.Current" : "Input.New", error.Description);
            }
        }

        return Page();
    }
}
