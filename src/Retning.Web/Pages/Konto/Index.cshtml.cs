using Microsoft.AspNetCore.Identity;
using Retning.Data.Identity;

namespace Retning.Web.Pages.Konto;

public sealed class IndexModel(UserManager<AppUser> users) : PageModel
{
    public string FullName { get; private set; } = string.Empty;
    public string Email { get; private set; } = string.Empty;
    public bool TwoFactorEnabled { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        FullName = user.FullName;
        Email = user.Email ?? string.Empty;
        TwoFactorEnabled = user.TwoFactorEnabled;
        return Page();
    }
}
