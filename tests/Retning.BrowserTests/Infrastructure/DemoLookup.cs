using Microsoft.EntityFrameworkCore;
using Retning.Testing;

namespace Retning.BrowserTests.Infrastructure;

/// <summary>A demo citizen as the tests need them.</summary>
public sealed record DemoCitizen(Guid Id, string FirstName, string LastName, string CprDigits)
{
    public string FullName => $"{FirstName} {LastName}";
    public string MaskedCpr => $"{CprDigits[..6]}-xxxx";
}

/// <summary>Reads the seeded demo data (names are drawn by the seed, so tests look them up rather than hard-code them).</summary>
public static class DemoLookup
{
    public const string Maagen = "Mågen";
    public const string MaagenLabel = "Børnehjemmet Solsikken – Mågen";

    /// <summary>The enrolled citizens of a demo department, ordered by name.</summary>
    public static async Task<IReadOnlyList<DemoCitizen>> CitizensInAsync(RetningApp app, string department)
    {
        await using var db = app.CreateSystemDbContext();
        var rows = await db.Citizens.AsNoTracking()
            .Where(c => c.IsDemo && c.DischargedOn == null && c.Department!.Name == department)
            .Select(c => new DemoCitizen(c.Id, c.FirstName, c.LastName, c.CprDigits))
            .ToListAsync();
        return [.. rows.OrderBy(c => c.LastName, StringComparer.Ordinal).ThenBy(c => c.FirstName, StringComparer.Ordinal)];
    }

    /// <summary>
    /// A fictional CPR number (modulus-11 check fails, as for the demo) for a child of about ten,
    /// not yet used in the database; formatted DDMMYY-SSSS.
    /// </summary>
    public static async Task<string> FreeChildCprAsync(RetningApp app)
    {
        await using var db = app.CreateSystemDbContext();
        var taken = (await db.Citizens.IgnoreQueryFilters().Select(c => c.CprDigits).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        var birth = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-10).AddDays(-45);
        int[] weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
        for (var serial = 4000; serial < 5000; serial++)
        {
            var digits = $"{birth:ddMMyy}{serial}";
            if (!taken.Contains(digits) && digits.Select((c, i) => (c - '0') * weights[i]).Sum() % 11 != 0)
            {
                return $"{digits[..6]}-{digits[6..]}";
            }
        }

        throw new InvalidOperationException("No free CPR number for the test.");
    }
}
