using Microsoft.EntityFrameworkCore;
using Retning.Domain.Status;
using Retning.IntegrationTests.Status;
using Retning.Testing;

namespace Retning.IntegrationTests.Api.Reports;

/// <summary>An approved status made the way staff make one: a draft (StatusTestData), submitted and approved by the department head on the status page.</summary>
internal static class ApprovedStatusTestData
{
    /// <summary>The status id and the id of its approved revision 1; <paramref name="head"/> is the citizen's department head.</summary>
    public static async Task<(Guid StatusId, Guid RevisionId)> AddApprovedStatusAsync(this RetningApp app, BrowserlessClient head, Guid citizenId)
    {
        var statusId = await app.AddDraftStatusAsync(citizenId);
        var url = $"/borgere/{citizenId}/status/{statusId}";
        await head.PostFormAsync(url, StepForm(StatusStep.SubmitForApproval));
        await head.PostFormAsync(url, StepForm(StatusStep.Approve));
        await using var db = app.CreateSystemDbContext();
        var revision = await db.StatusRevisions.SingleAsync(v => v.StatusReportId == statusId && v.Number == 1);
        Assert.Equal(StatusState.Approved, (await app.FindStatusAsync(statusId)).State);
        return (statusId, revision.Id);
    }

    /// <summary>Opens revision 2 of an approved status: a draft again, which the API must not show.</summary>
    public static Task OpenNewRevisionAsync(this BrowserlessClient head, Guid citizenId, Guid statusId) =>
        head.PostFormAsync($"/borgere/{citizenId}/status/{statusId}", StepForm(StatusStep.NewRevision),
            new Dictionary<string, string?> { ["Reason"] = "Kommunen bad om mere om skolen" });

    private static string StepForm(StatusStep step) => $"main form[action*='step={step}']";
}
