using Retning.Domain.Citizens;

namespace Retning.Data.Demo;

/// <summary>
/// Fictional CPR numbers: DDMMYY, a century digit that gives back the birth year, and a
/// serial whose modulus-11 check fails, so no number was issued under the classic scheme.
/// Every number is checked with <see cref="Cpr.TryParse"/> and kept unique.
/// </summary>
internal sealed class DemoCpr(Random rng, IEnumerable<string> alreadyTaken)
{
    private static readonly int[] Weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

    private readonly HashSet<string> taken = new(alreadyTaken, StringComparer.Ordinal);

    public string Create(DateOnly birthDate, bool male)
    {
        // Always three draws, whatever the date, so the rest of the demo stays the same from day to day.
        var centuryDigit = rng.Next(4);
        var middle = rng.Next(100);
        var start = rng.Next(5);

        // The CPR office's century rule: 0–3 for 1900–1999, 4 for 2000–2036.
        if (birthDate.Year >= 2000)
        {
            centuryDigit = 4;
        }

        var datePart = $"{birthDate.Day:D2}{birthDate.Month:D2}{birthDate.Year % 100:D2}";
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var serial = $"{centuryDigit}{(middle + attempt) % 100:D2}";
            for (var k = 0; k < 5; k++)
            {
                // Odd last digit for men, even for women.
                var last = (2 * ((start + k) % 5)) + (male ? 1 : 0);
                var digits = $"{datePart}{serial}{last}";
                if (!FailsModulus11(digits) || taken.Contains(digits))
                {
                    continue;
                }

                Verify(digits, birthDate);
                taken.Add(digits);
                return digits;
            }
        }

        throw new InvalidOperationException($"No free demo CPR number for {birthDate.ToDanishDate()}.");
    }

    private static bool FailsModulus11(string digits) =>
        digits.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11 != 0;

    private static void Verify(string digits, DateOnly birthDate)
    {
        if (!Cpr.TryParse(digits, out var cpr, out var error))
        {
            throw new InvalidOperationException($"Demo CPR {Cpr.Mask(digits)} is invalid: {error}");
        }

        if (cpr.BirthDate != birthDate)
        {
            throw new InvalidOperationException(
                $"Demo CPR {Cpr.Mask(digits)} gives {cpr.BirthDate.ToDanishDate()}, not the birth date {birthDate.ToDanishDate()}.");
        }
    }
}
