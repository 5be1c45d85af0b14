using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Retning.Web.Pages.Admin;

/// <summary>Puts Identity's (Danish) errors at the field they concern. The user name is the e-mail.</summary>
public static class IdentityErrors
{
    public const string Concurrency = nameof(IdentityErrorDescriber.ConcurrencyFailure);

    public static void AddTo(ModelStateDictionary modelState, IEnumerable<IdentityError> errors, string emailKey, string passwordKey)
    {
        var list = errors.ToList();
        var hasEmailError = list.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.InvalidEmail));
        foreach (var error in list.DistinctBy(e => e.Code))
        {
            switch (error.Code)
            {
                case nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.InvalidEmail):
                    modelState.AddModelError(emailKey, error.Description);
                    break;
                case nameof(IdentityErrorDescriber.DuplicateUserName) when !hasEmailError:
                    modelState.AddModelError(emailKey, "E-mailadressen er allerede i brug som brugernavn.");
                    break;
                case nameof(IdentityErrorDescriber.InvalidUserName) when !hasEmailError:
                    modelState.AddModelError(emailKey, "E-mailadressen må kun indeholde bogstaverne a–z, tal og @ . - _ +");
                    break;
                case nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName):
                    break;
                case var code when code.StartsWith("Password", StringComparison.Ordinal):
                    modelState.AddModelError(passwordKey, error.Description);
                    break;
                default:
                    modelState.AddModelError(string.Empty, error.Description);
                    break;
            }
        }
    }
}
