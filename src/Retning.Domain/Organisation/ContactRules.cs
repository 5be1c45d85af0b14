using System.Text.RegularExpressions;

namespace Retning.Domain.Organisation;

/// <summary>
/// The offer's address and phone and a staff member's work phone — what the status's sender block
/// shows the caseworker: optional, but when given, usable.
/// </summary>
public static partial class ContactRules
{
    public const int AddressMaxLength = 200;
    public const int PhoneMaxLength = 30;

    /// <summary>The problems with an address and phone as typed, each as (field, Danish message); none when both may be saved.</summary>
    public static IEnumerable<(string Field, string Message)> Check(string? address, string? phone)
    {
        if (TextLimits.TooLong(address, AddressMaxLength) is { } tooLong)
        {
            yield return ("Address", tooLong);
        }

        if (CheckPhone(phone) is { } problem)
        {
            yield return ("Phone", problem);
        }
    }

    /// <summary>The Danish message for a phone that is given but not usable, or null.</summary>
    public static string? CheckPhone(string? phone) =>
        string.IsNullOrWhiteSpace(phone) || IsDanishPhone(phone) ? null : "Skriv et dansk telefonnummer med 8 cifre, fx 86 12 34 56 eller +45 86 12 34 56.";

    /// <summary>Eight digits, optionally after +45 or 0045, with spaces or hyphens between them.</summary>
    public static bool IsDanishPhone(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return phone.Trim().Length <= PhoneMaxLength && DanishPhone().IsMatch(phone.Trim());
    }

    [GeneratedRegex(@"^(?:(?:\+|00)45[ -]?)?(?:\d[ -]?){7}\d$")]
    private static partial Regex DanishPhone();
}
