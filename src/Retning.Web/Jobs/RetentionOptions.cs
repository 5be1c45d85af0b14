namespace Retning.Web.Jobs;

/// <summary>Settings of the retention job ("Retention" in appsettings). The period itself is the offer's setting.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Whether the job runs (the tests turn it off and run it by hand).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the job looks for citizens whose period has run out.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>True: the job only logs what it would erase (a dry run); nothing is deleted, expired form keys neither.</summary>
    public bool DryRun { get; set; }
}
