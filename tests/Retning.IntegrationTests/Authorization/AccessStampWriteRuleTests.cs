using System.Text.RegularExpressions;

namespace Retning.IntegrationTests.Authorization;

/// <summary>
/// Every place in the web app that writes roles (DepartmentMembership) or the offer–department tree
/// raises the affected users' access stamps (AccessStamps), or the cached grants would outlive the change
/// (docs/adr/0002, "Grants are cached under an access stamp"). RoleChangeTests and OrganisationChangeTests
/// show the effect per page; this finds a new writer that forgot it. Reads the source, so it also sees
/// ExecuteUpdate/ExecuteDelete. An API client's departments are not a staff member's grants: they are read on every
/// call (docs/adr/0017-api-clients-and-tokens.md), so writing them raises no stamp.
/// </summary>
public sealed partial class AccessStampWriteRuleTests
{
    [GeneratedRegex(@"Memberships\s*\.\s*(Add|AddRange|Remove|RemoveRange|Update|Attach)\s*\(|new\s+DepartmentMembership\b|Memberships\b[^;]*\.Execute(Update|Delete)|Departments\s*\.\s*(Add|AddRange|Remove|RemoveRange|Update|Attach)\s*\((?!new\s+ApiClientDepartment\b)|new\s+Department\b|Departments\b[^;]*\.Execute(Update|Delete)|\.OfferId\s*=(?!=)")]
    private static partial Regex WritesGrantsOrOrganisation();

    [Fact]
    public void Every_writer_of_roles_or_departments_raises_the_access_stamps()
    {
        var web = Path.Combine(RepoRoot(), "src", "Retning.Web");
        var writers = Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "AccessStamps.cs")
            .Where(f => WritesGrantsOrOrganisation().IsMatch(File.ReadAllText(f)))
            .ToList();

        // The rule finds the known writers (so it is not looking at nothing).
        Assert.Contains(writers, f => f.EndsWith(Path.Combine("Brugere", "Rediger.Roles.cs"), StringComparison.Ordinal));
        Assert.Contains(writers, f => f.EndsWith(Path.Combine("Anmodninger", "Index.cshtml.cs"), StringComparison.Ordinal));
        Assert.Contains(writers, f => f.EndsWith(Path.Combine("Tilbud", "Rediger.cshtml.cs"), StringComparison.Ordinal));
        var forgetful = writers.Where(f => !File.ReadAllText(f).Contains("AccessStamps.Raise", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(web, f)).ToList();
        Assert.True(forgetful.Count == 0, $"These write roles or departments without raising the access stamps: {string.Join(", ", forgetful)}");
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Retning.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Retning.slnx not found above the test.");
    }
}
