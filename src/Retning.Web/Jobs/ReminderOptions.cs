namespace Retning.Web.Jobs;

/// <summary>Settings of the daily reminder ("Reminders" in appsettings).</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Off in the tests unless a test turns it on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the job looks for work (making today's digests, retrying failed sends).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The digests are made from this hour of the Danish day.</summary>
    public int SendFromHour { get; set; } = 6;

    /// <summary>Sends tried before a digest is given up (it is then shown in the app and logged as an error).</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Retning's public address, for the link in the mail, e.g. https://retning.example.dk.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5080";

    public SmtpSettings Smtp { get; set; } = new();

    public sealed class SmtpSettings
    {
        /// <summary>Empty: no mail is sent and the digest is shown in the app.</summary>
        public string? Host { get; set; }

        public int Port { get; set; } = 25;
        public bool EnableSsl { get; set; }
        public string? UserName { get; set; }
        public string? Password { get; set; }
        public string From { get; set; } = "retning@localhost";
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

        public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
    }
}
