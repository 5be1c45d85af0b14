using Retning.Domain.Quality;

namespace Retning.Web.Pages.Kvalitet.Gennemgang;

/// <summary>Saving the review: a draft or a submission against the version the form was opened on (no lost update).</summary>
public sealed partial class IndexModel
{
    private Task<PlanReview?> TrackedMineAsync() =>
        db.PlanReviews.FirstOrDefaultAsync(r => r.SampleId == Review.Sample.Id && r.Role == Review.Role, Ct);

    private async Task<IActionResult> SaveAsync(bool submit)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = await TrackedMineAsync();
        // Opened before any review existed, but another tab created one since; or opened on a review that is gone.
        if ((stored is null) != (Input.ReviewId is null) || (stored is not null && stored.Id != Input.ReviewId))
        {
            return await ShowConflictAsync();
        }

        if (stored is null)
        {
            stored = new PlanReview
            {
                SampleId = Review.Sample.Id, RoundId = Review.Round.Id, CitizenId = Review.Citizen.Id,
                Role = Review.Role!.Value, ReviewerUserId = user.Id!.Value,
            };
            db.PlanReviews.Add(stored);
        }
        else
        {
            // The version the reviewer started from is the one the update must match.
            db.Entry(stored).Property(r => r.Version).OriginalValue = Input.Version;
        }

        Input.ApplyTo(stored);
        stored.SavedUtc = now;
        stored.SubmittedUtc = submit ? now : null;
        audit.Add(AuditAction.Update, Review.Citizen.Id, Subject + (submit ? ": afsluttet" : ": kladde gemt"), Detail());
        try
        {
            await db.SaveChangesAsync(Ct);
        }
        catch (DbUpdateException)
        {
            // A concurrency conflict, or a second tab that created the review first (one review per sample and role).
            return await ShowConflictAsync();
        }

        TempData["Success"] = submit ? "Gennemgangen er afsluttet." : "Kladden er gemt. Du kan fortsætte senere.";
        return Redirect(Routes.Quality.Review(Review.Round.Id, Review.Sample.Id));
    }

    /// <summary>The form again with the caller's input and its errors; the response's row is a read.</summary>
    private async Task<IActionResult> ShowAsync(string what)
    {
        await LoadMaterialAsync();
        await audit.RecordAsync(AuditAction.Read, Review.Citizen.Id, Subject + what, Detail(), Ct);
        return Page();
    }

    /// <summary>The stored review beside the caller's form, nothing overwritten; saving again replaces the stored one deliberately.</summary>
    private async Task<IActionResult> ShowConflictAsync()
    {
        audit.DiscardUncommitted();
        db.ChangeTracker.Clear();
        await LoadReviewsAsync();
        var stored = Mine ?? new PlanReview();
        Conflict = ConflictRow.Compare(Input.Describe(), ReviewInput.From(stored).Describe());
        Input.ReviewId = Mine?.Id;
        Input.Version = stored.Version;
        ModelState.Remove("Input.ReviewId");
        ModelState.Remove("Input.Version");
        ModelState.AddModelError(string.Empty, ConflictMessage);
        // A review submitted meanwhile shows read-only (to reopen first); the caller's input stays in the conflict table.
        return await ShowAsync(" (konflikt)");
    }
}
