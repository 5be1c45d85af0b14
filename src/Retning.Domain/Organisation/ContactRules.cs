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

    /// <summary>The problems with an address and phone as typed, each at its field in Danish; none when both may be saved.</summary>
    public static IReadOnlyList<FieldError> Check(string? address, string? phone)
    {
        var problems = new List<FieldError>();
        if (TextLimits.TooLong(address, AddressMaxLength) is { } tooLong)
        {
            problems.Add(new FieldError("Address", tooLong));
        }

        if (CheckPhone(phone) is { } problem)
        {
            problems.Add(new FieldError("Phone", problem));
        }

        return problems;
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
