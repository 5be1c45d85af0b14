namespace Retning.Web.Services.Status;

/// <summary>Settings of the status documents ("Status" in appsettings).</summary>
public sealed class StatusOptions
{
    public const string Section = "Status";

    /// <summary>
    /// Whether a downloaded status's file name holds the citizen's first name and last name's
    /// initial ("status-agnes-m-…"), so the caseworker sees whose it is. Off: period and version only,
    /// for offices whose downloads folders are shared.
    /// </summary>
    public bool FileNameIncludesName { get; set; } = true;
}
