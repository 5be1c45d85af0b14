using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Citizens;

namespace Retning.Testing;

/// <summary>Arranging and asserting against the app's database through an unrestricted (system) DbContext.</summary>
public static class TestData
{
    public static async Task<Guid> DepartmentIdAsync(this RetningApp app, string name)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.Departments.Where(d => d.Name == name).Select(d => d.Id).SingleAsync();
    }

    public static async Task<Guid> UserIdAsync(this RetningApp app, string email)
    {
        await using var db = app.CreateSystemDbContext();
        var normalized = email.ToUpperInvariant();
        return await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleAsync();
    }

    /// <summary>The citizens of a department (any status), ordered by name, as tracked-free entities.</summary>
    public static async Task<List<Citizen>> CitizensInAsync(this RetningApp app, string departmentName)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.Citizens.AsNoTracking().IgnoreQueryFilters()
            .Include(c => c.ContactTeam)
            .Where(c => c.Department!.Name == departmentName)
            .OrderBy(c => c.LastName).ThenBy(c => c.FirstName)
            .ToListAsync();
    }

    /// <summary>An enrolled (not discharged) citizen of the department; optionally with or without a user in the contact team.</summary>
    public static async Task<Citizen> CitizenAsync(this RetningApp app, string departmentName, string? inContactTeam = null, string? notInContactTeam = null)
    {
        var citizens = await app.CitizensInAsync(departmentName);
        Guid? member = inContactTeam is null ? null : await app.UserIdAsync(inContactTeam);
        Guid? nonMember = notInContactTeam is null ? null : await app.UserIdAsync(notInContactTeam);
        return citizens.FirstOrDefault(c => c.DischargedOn is null
                                            && (member is null || c.ContactTeam.Any(m => m.UserId == member))
                                            && (nonMember is null || c.ContactTeam.All(m => m.UserId != nonMember)))
               ?? throw new InvalidOperationException($"The demo data has no enrolled citizen in {departmentName} matching the contact-team condition.");
    }

    public static async Task<Citizen> CitizenByIdAsync(this RetningApp app, Guid id)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.Citizens.AsNoTracking().IgnoreQueryFilters().SingleAsync(c => c.Id == id);
    }

    public static async Task<List<AuditEntry>> AuditEntriesAsync(this RetningApp app, Guid? citizenId = null)
    {
        await using var db = app.CreateSystemDbContext();
        var query = db.AuditEntries.AsNoTracking();
        if (citizenId is { } id)
        {
            query = query.Where(a => a.CitizenId == id);
        }

        return await query.OrderBy(a => a.Id).ToListAsync();
    }

    public static async Task<long> LastAuditIdAsync(this RetningApp app)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.AuditEntries.Select(a => (long?)a.Id).MaxAsync() ?? 0;
    }

    /// <summary>The audit rows written after <paramref name="afterId"/> (see <see cref="LastAuditIdAsync"/>).</summary>
    public static async Task<List<AuditEntry>> AuditEntriesSinceAsync(this RetningApp app, long afterId)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.AuditEntries.AsNoTracking().Where(a => a.Id > afterId).OrderBy(a => a.Id).ToListAsync();
    }

    /// <summary>
    /// A valid CPR number for the birth date that no citizen in the database has, formatted
    /// "DDMMYY-SSSS" (the seventh digit follows the CPR office's century rule).
    /// </summary>
    public static async Task<string> UnusedCprAsync(this RetningApp app, DateOnly birthDate)
    {
        var century = birthDate.Year switch
        {
            >= 1900 and <= 1999 => 1,
            >= 2000 and <= 2036 => 4,
            _ => throw new ArgumentOutOfRangeException(nameof(birthDate), birthDate, "Pick a birth year 1900–2036."),
        };
        await using var db = app.CreateSystemDbContext();
        var datePart = birthDate.ToString("ddMMyy", CultureInfo.InvariantCulture);
        var taken = await db.Citizens.IgnoreQueryFilters().Where(c => c.CprDigits.StartsWith(datePart)).Select(c => c.CprDigits).ToListAsync();
        for (var serial = 0; serial < 1000; serial++)
        {
            var digits = datePart + century.ToString(CultureInfo.InvariantCulture) + serial.ToString("D3", CultureInfo.InvariantCulture);
            if (!taken.Contains(digits))
            {
                return Cpr.Format(digits);
            }
        }

        throw new InvalidOperationException("No free CPR number for " + birthDate);
    }
}
