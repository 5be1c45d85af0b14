namespace Retning.Web.Jobs;

/// <summary>Settings of the audit chain's head export ("Audit" in appsettings, docs/adr/0007).</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>A file outside the database (another disk or a mounted share) to which the head is appended daily.</summary>
    public string? HeadExportPath { get; set; }

    /// <summary>Also write the head to the app log (category Retning.AuditHead), which systemd passes on to syslog/journald.</summary>
    public bool HeadExportToLog { get; set; }

    /// <summary>How often the job looks whether today's head is exported (it exports once a day, under the lease).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    public bool ExportsHead => !string.IsNullOrWhiteSpace(HeadExportPath) || HeadExportToLog;
}
