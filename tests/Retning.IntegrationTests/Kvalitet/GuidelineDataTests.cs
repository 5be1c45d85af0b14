using Microsoft.EntityFrameworkCore;
using Retning.Domain.Quality;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Kvalitet;

/// <summary>
/// The guiding documents as stored (issue 15, step 1): a draft is edited under its concurrency token, an approved
/// version is never changed, and a member of staff acknowledges a version once.
/// </summary>
public sealed class GuidelineDataTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private async Task<(Guid GuidelineId, Guid VersionId)> DraftAsync(string title)
    {
        var owner = await App.UserIdAsync(DemoUsers.Kvalitet);
        await using var db = App.CreateSystemDbContext();
        var regionId = await db.Regions.Select(r => r.Id).FirstAsync();
        var offerId = await db.Offers.Where(o => o.RegionId == regionId).Select(o => o.Id).FirstAsync();
        var guideline = new Guideline
        {
            RegionId = regionId, Title = title, Level = GuidelineLevel.Local, OwnerUserId = owner,
            Indicators = GuidelineIndicators.Goals | GuidelineIndicators.StatusMaterial, Offers = [new GuidelineOffer { OfferId = offerId }],
        };
        var version = new GuidelineVersion { GuidelineId = guideline.Id, Number = 1, Text = "Målene skrives sammen med borgeren.", CreatedByUserId = owner, CreatedUtc = App.Clock.GetUtcNow().UtcDateTime };
        guideline.Versions.Add(version);
        db.Guidelines.Add(guideline);
        await db.SaveChangesAsync();
        return (guideline.Id, version.Id);
    }

    [Fact]
    public async Task A_draft_is_edited_and_approved_and_then_never_changed()
    {
        var (_, versionId) = await DraftAsync("Lokal retningslinje for mål");

        await using (var db = App.CreateSystemDbContext())
        {
            var draft = await db.GuidelineVersions.SingleAsync(v => v.Id == versionId);
            draft.Text = "Målene skrives sammen med borgeren ud fra handleplanen.";
            await db.SaveChangesAsync();
            draft.ApprovedOn = App.Today;
            draft.ApprovedByUserId = await App.UserIdAsync(DemoUsers.Lars);
            draft.ValidFrom = App.Today;
            await db.SaveChangesAsync();
            Assert.Equal(2, draft.Version);
        }

        await using (var db = App.CreateSystemDbContext())
        {
            var approved = await db.GuidelineVersions.SingleAsync(v => v.Id == versionId);
            approved.Text = "Rettet efter godkendelsen.";
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Equal("An approved guideline version is never changed.", error.Message);
        }

        await using (var db = App.CreateSystemDbContext())
        {
            db.GuidelineVersions.Remove(await db.GuidelineVersions.SingleAsync(v => v.Id == versionId));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }
    }

    [Fact]
    public async Task Two_editors_of_one_draft_do_not_overwrite_each_other()
    {
        var (_, versionId) = await DraftAsync("Lokal retningslinje for status");
        await using var first = App.CreateSystemDbContext();
        await using var second = App.CreateSystemDbContext();
        var mine = await first.GuidelineVersions.SingleAsync(v => v.Id == versionId);
        var theirs = await second.GuidelineVersions.SingleAsync(v => v.Id == versionId);

        mine.Text = "Status skrives af kontaktpersonen.";
        await first.SaveChangesAsync();
        theirs.Text = "Status skrives af lederen.";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task A_member_of_staff_acknowledges_a_version_once()
    {
        var (_, versionId) = await DraftAsync("Lokal retningslinje for samarbejde");
        var anne = await App.UserIdAsync(DemoUsers.Anne);
        await using (var db = App.CreateSystemDbContext())
        {
            db.GuidelineAcknowledgements.Add(new GuidelineAcknowledgement { VersionId = versionId, UserId = anne, AcknowledgedUtc = App.Clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
        }

        await using (var db = App.CreateSystemDbContext())
        {
            db.GuidelineAcknowledgements.Add(new GuidelineAcknowledgement { VersionId = versionId, UserId = anne, AcknowledgedUtc = App.Clock.GetUtcNow().UtcDateTime });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }
}
