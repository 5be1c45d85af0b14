using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Retning.Data.Identity;
using Retning.Domain.Organisation;

namespace Retning.Data.Demo;

/// <summary>A demo user as the start-up output lists it.</summary>
public sealed record DemoLogin(string Email, string FullName, string RoleText, string Where);

/// <summary>
/// Fictional demo data: a region with a children's and an adults' offer, staff in every role,
/// and 40 citizens with families and contact teams. Everything is flagged IsDemo where the
/// entity has the flag, and the same seed gives the same people on every run.
/// </summary>
public static class DemoData
{
    public const string Password = "Demo-Retning-2026!";

    /// <summary>The seed of the random draws; changing it changes every name and family.</summary>
    private const int RandomSeed = 1903;

    /// <summary>Every demo user, in the order the start-up output lists them.</summary>
    public static IReadOnlyList<DemoLogin> Logins { get; } = DemoStaff.All.Select(s => s.ToLogin()).ToArray();

    /// <summary>Seeds once; returns the logins (also when already seeded, so start-up can print them).</summary>
    public static async Task<IReadOnlyList<DemoLogin>> SeedAsync(AppDbContext db, UserManager<AppUser> users, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.Offers.AnyAsync(o => o.IsDemo, ct))
        {
            return Logins;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);

        // Built in memory first: the user manager saves on its own, and nothing else may be
        // pending when it does if it happens to share this context.
        var organisation = new DemoOrganisation();
        var userIds = await CreateUsersAsync(users, now, ct);

        var takenCprs = await db.Citizens.IgnoreQueryFilters().Select(c => c.CprDigits).ToListAsync(ct);
        var rng = new Random(RandomSeed);
        var citizens = new DemoCitizens(rng, today, organisation, new DemoCpr(rng, takenCprs), userIds).CreateAll();

        db.Regions.Add(organisation.Region);
        db.Memberships.AddRange(Memberships(organisation, userIds));
        db.Citizens.AddRange(citizens);
        var guidelines = DemoGuidelines.Create(organisation, userIds, today, now);
        db.Guidelines.AddRange(guidelines);
        db.GuidelineAcknowledgements.AddRange(DemoGuidelines.Acknowledgements(guidelines, userIds, now));
        await db.SaveChangesAsync(ct);
        return Logins;
    }

    /// <summary>
    /// Creates the demo users and returns their ids by e-mail. A demo user left by a seed that
    /// stopped before its final save is reused, so a second start-up can finish the job.
    /// </summary>
    private static async Task<Dictionary<string, Guid>> CreateUsersAsync(UserManager<AppUser> users, DateTime now, CancellationToken ct)
    {
        var ids = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in DemoStaff.All)
        {
            ct.ThrowIfCancellationRequested();
            var existing = await users.FindByEmailAsync(member.Email);
            if (existing is not null)
            {
                ids[member.Email] = existing.IsDemo
                    ? existing.Id
                    : throw new InvalidOperationException($"{member.Email} already belongs to a user who is not a demo user.");
                continue;
            }

            var user = new AppUser
            {
                UserName = member.Email,
                Email = member.Email,
                EmailConfirmed = true,
                PhoneNumber = member.Phone,
                FullName = member.FullName,
                IsDemo = true,
                CreatedUtc = now,
            };
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Could not create demo user {member.Email}: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            ids[member.Email] = user.Id;
        }

        return ids;
    }

    private static IEnumerable<DepartmentMembership> Memberships(DemoOrganisation organisation, Dictionary<string, Guid> userIds) =>
        from member in DemoStaff.All
        from departmentName in member.Departments
        select new DepartmentMembership
        {
            UserId = userIds[member.Email],
            DepartmentId = organisation.DepartmentNamed(departmentName).Id,
            Role = member.Role,
        };
}
