using System.ComponentModel.DataAnnotations;
using Retning.Data.Identity;
using Retning.Domain.Organisation;

namespace Retning.Web.Pages.Admin;

/// <summary>Creating a user: who they are, a first password and a first role.</summary>
public sealed class NewUserInput
{
    [Required(ErrorMessage = "Skriv brugerens fulde navn.")]
    [TextLimit(TextLimits.Name)]
    public string? FullName { get; set; }

    [Required(ErrorMessage = "Skriv brugerens e-mail.")]
    [EmailAddress(ErrorMessage = "Skriv en gyldig e-mail, fx navn@eksempel.dk.")]
    [TextLimit(TextLimits.Name)]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Skriv en adgangskode til første login.")]
    [TextLimit(TextLimits.Name)]
    public string? Password { get; set; }

    [Required(ErrorMessage = "Vælg en afdeling.")]
    [Display(Name = "Afdeling")]
    public Guid? DepartmentId { get; set; }

    [Required(ErrorMessage = "Vælg en rolle.")]
    [Display(Name = "Rolle")]
    public StaffRole? Role { get; set; }
}

/// <summary>A user's own details; the concurrency stamp guards against overwriting another administrator's change.</summary>
public sealed class UserDetailsInput
{
    [Required(ErrorMessage = "Skriv brugerens fulde navn.")]
    [TextLimit(TextLimits.Name)]
    public string? FullName { get; set; }

    [Required(ErrorMessage = "Skriv brugerens e-mail.")]
    [EmailAddress(ErrorMessage = "Skriv en gyldig e-mail, fx navn@eksempel.dk.")]
    [TextLimit(TextLimits.Name)]
    public string? Email { get; set; }

    /// <summary>The work phone the contact team is reached on (shown in the status's sender block).</summary>
    [TextLimit(ContactRules.PhoneMaxLength)]
    public string? Phone { get; set; }

    [Display(Name = "Status")]
    public bool IsActive { get; set; } = true;

    public string? ConcurrencyStamp { get; set; }

    public static UserDetailsInput From(AppUser u) => new()
    {
        FullName = u.FullName,
        Email = u.Email,
        Phone = u.PhoneNumber,
        IsActive = u.IsActive,
        ConcurrencyStamp = u.ConcurrencyStamp,
    };
}

/// <summary>Adding a role in a department to a user.</summary>
// Department and role repeat NewUserInput's on purpose: each form binds its own input class, and
// the two may grow apart (a new user also gets a password); a shared base would be a third class.
public sealed class MembershipInput
{
    [Required(ErrorMessage = "Vælg en afdeling.")]
    [Display(Name = "Afdeling")]
    public Guid? DepartmentId { get; set; }

    [Required(ErrorMessage = "Vælg en rolle.")]
    [Display(Name = "Rolle")]
    public StaffRole? Role { get; set; }
}

/// <summary>A new password set by an administrator.</summary>
public sealed class NewPasswordInput
{
    [Required(ErrorMessage = "Skriv den nye adgangskode.")]
    [TextLimit(TextLimits.Name)]
    public string? New { get; set; }

    [Required(ErrorMessage = "Gentag den nye adgangskode.")]
    [Compare(nameof(New), ErrorMessage = "De to adgangskoder er ikke ens.")]
    [TextLimit(TextLimits.Name)]
    public string? Repeat { get; set; }
}
