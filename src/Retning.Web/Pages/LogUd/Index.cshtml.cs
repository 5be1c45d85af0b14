using Microsoft.AspNetCore.Identity;
using Retning.Data.Identity;

namespace Retning.Web.Pages.LogUd;

[AllowAnonymous]
public sealed class IndexModel(SignInManager<AppUser> signIn, AppDbContext db, TimeProvider clock) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Ended on the server too, so a copy of the cookie stops working.
        if (UserSessions.IdOf(User) is { } sessionId)
        {
            await UserSessions.EndAsync(db, sessionId, clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
        }

        await signIn.SignOutAsync();
        return Redirect($"{Routes.LogIn}?logget-ud=true");
    }
}
