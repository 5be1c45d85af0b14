using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Citizens;

namespace Retning.BrowserTests.Infrastructure;

/// <summary>
/// Fresh citizens of a demo department for tests that give a citizen a plan. The browser test classes
/// run side by side on one database, and the demo has only a handful of plan-less children per
/// department: a test that needs "a child without a plan" makes its own instead of claiming a demo one
/// (<see cref="BrowserFixture.ClaimCitizen"/> ran out when the suite grew).
/// </summary>
public static class TestCitizens
{
    private static readonly string[] FirstNames = ["Ida", "Noah", "Freja", "Oscar", "Alma", "Karl", "Ellen", "Victor", "Asta", "Malthe", "Luna", "Aksel"];
    private static readonly string[] LastNames = ["Lyngby", "Skovgård", "Engholm", "Brandt", "Vestergård", "Kragh", "Nørgård", "Bech"];
    private static int _made;

    /// <summary>
    /// A child of about ten in <paramref name="department"/>, enrolled four months ago (no assessment due yet), with the given staff as
    /// contact team; a unique name and a fictional CPR number (modulus-11 check fails, as for the demo).
    /// </summary>
    public static async Task<Citizen> NewChildAsync(AppDbContext db, string department, params string[] contactTeamEmails)
    {
        var n = Interlocked.Increment(ref _made);
        var departmentId = await db.Departments.Where(d => d.Name == department).Select(d => d.Id).SingleAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var birth = today.AddYears(-10).AddDays(-30 - n);
        var citizen = new Citizen
        {
            FirstName = FirstNames[n % FirstNames.Length],
            LastName = LastNames[n / FirstNames.Length % LastNames.Length] + (n >= FirstNames.Length * LastNames.Length ? $" {n}" : string.Empty),
            CprDigits = await FreeCprAsync(db, birth),
            BirthDate = birth,
            DepartmentId = departmentId,
            EnrolledOn = today.AddDays(-120),
            Municipality = "Aarhus Kommune",
            CaseworkerName = "Rådgiver Hansen",
        };
        citizen.Placements.Add(new DepartmentPlacement { CitizenId = citizen.Id, DepartmentId = departmentId, From = citizen.EnrolledOn });
        var team = await db.Users.Where(u => contactTeamEmails.Contains(u.Email!)).Select(u => u.Id).ToListAsync();
        citizen.ContactTeam.AddRange(team.Select(id => new ContactTeamMember { CitizenId = citizen.Id, UserId = id }));
        db.Citizens.Add(citizen);
        await db.SaveChangesAsync();
        return citizen;
    }

    private static async Task<string> FreeCprAsync(AppDbContext db, DateOnly birth)
    {
        int[] weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
        for (var serial = 7000; serial < 8000; serial++)
        {
            var digits = $"{birth:ddMMyy}{serial}";
            if (digits.Select((c, i) => (c - '0') * weights[i]).Sum() % 11 != 0
                && !await db.Citizens.IgnoreQueryFilters().AnyAsync(c => c.CprDigits == digits))
            {
                return digits;
            }
        }

        throw new InvalidOperationException("No free CPR number for the test citizen.");
    }
}
