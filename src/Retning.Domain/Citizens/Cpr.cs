using System.Globalization;

namespace Retning.Domain.Citizens;

/// <summary>
/// A Danish CPR number (DDMMYY-SSSS). Valid when it has ten digits and the first six
/// with the century digit (the seventh) form a real date. The modulus-11 check is not
/// applied: CPR numbers without it have been issued since 2007.
/// </summary>
public readonly record struct Cpr
{
    private Cpr(string digits, DateOnly birthDate)
    {
        Digits = digits;
        BirthDate = birthDate;
    }

    /// <summary>The ten digits without a dash.</summary>
    public string Digits { get; }

    public DateOnly BirthDate { get; }

    /// <summary>Shown everywhere except where the full number is needed: "DDMMYY-xxxx".</summary>
    public string Masked => Mask(Digits);

    public string Formatted => $"{Digits[..6]}-{Digits[6..]}";

    public override string ToString() => Masked;

    public static string Mask(string digits) =>
        digits.Length == 10 ? $"{digits[..6]}-xxxx" : "xxxxxx-xxxx";

    public static string Format(string digits) =>
        digits.Length == 10 ? $"{digits[..6]}-{digits[6..]}" : digits;

    /// <summary>Parses "DDMMYY-SSSS", "DDMMYYSSSS" or with a space; returns a Danish error otherwise.</summary>
    public static bool TryParse(string? input, out Cpr cpr, out string error)
    {
        cpr = default;
        var text = (input ?? string.Empty).Trim().Replace("-", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal);
        if (text.Length == 0)
        {
            error = "Indtast CPR-nummer.";
            return false;
        }

        if (text.Length != 10 || !text.All(char.IsAsciiDigit))
        {
            error = "CPR-nummer skal have 10 cifre, fx 010203-1234.";
            return false;
        }

        var day = int.Parse(text[..2], CultureInfo.InvariantCulture);
        var month = int.Parse(text[2..4], CultureInfo.InvariantCulture);
        var year = YearOf(int.Parse(text[4..6], CultureInfo.InvariantCulture), text[6] - '0');
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = "De første 6 cifre i CPR-nummeret er ikke en gyldig dato (DDMMÅÅ).";
            return false;
        }

        cpr = new Cpr(text, new DateOnly(year, month, day));
        error = string.Empty;
        return true;
    }

    public static Cpr Parse(string input) =>
        TryParse(input, out var cpr, out var error) ? cpr : throw new FormatException(error);

    /// <summary>The CPR office's century rule: the seventh digit with the two-digit year gives the century.</summary>
    internal static int YearOf(int twoDigitYear, int centuryDigit) => centuryDigit switch
    {
        <= 3 => 1900 + twoDigitYear,
        4 or 9 => twoDigitYear <= 36 ? 2000 + twoDigitYear : 1900 + twoDigitYear,
        _ => twoDigitYear <= 57 ? 2000 + twoDigitYear : 1800 + twoDigitYear,
    };
}
