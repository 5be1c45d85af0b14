using Microsoft.Extensions.Time.Testing;
using Retning.Domain.Reminders;

namespace Retning.UnitTests.Reminders;

public sealed class DigestRulesTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 5, 0, 0, TimeSpan.Zero));
    private static DateTime Now => Clock.GetUtcNow().UtcDateTime;
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void No_digest_for_someone_with_nothing_due_or_overdue()
    {
        Assert.Null(DigestRules.Make(Guid.NewGuid(), Today, 0, 0, Now));
        var digest = DigestRules.Make(Guid.NewGuid(), Today, dueCount: 0, overdueCount: 1, Now);
        Assert.NotNull(digest);
        Assert.Equal((DigestState.Pending, 0, Now), (digest.State, digest.Attempts, digest.NextAttemptUtc));
    }

    [Theory]
    [InlineData(5, 59, 6, false)]
    [InlineData(6, 0, 6, true)]
    [InlineData(23, 59, 6, true)]
    [InlineData(0, 0, 0, true)]
    public void The_digest_is_made_from_the_configured_Danish_hour(int hour, int minute, int fromHour, bool expected) =>
        Assert.Equal(expected, DigestRules.IsTimeToMake(new DateTime(2026, 11, 23, hour, minute, 0), fromHour));

    [Fact]
    public void A_failed_send_waits_longer_each_time_and_gives_up_after_the_last_attempt()
    {
        var digest = DigestRules.Make(Guid.NewGuid(), Today, 2, 1, Now)!;
        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt < 6; attempt++)
        {
            Assert.True(DigestRules.SendFailed(digest, "451 4.3.0 try later", Now, maxAttempts: 6));
            Assert.Equal((DigestState.Pending, attempt), (digest.State, digest.Attempts));
            waits.Add(digest.NextAttemptUtc - Now);
        }

        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1)], waits);
        Assert.False(DigestRules.SendFailed(digest, "451 again", Now, maxAttempts: 6));
        Assert.Equal((DigestState.Failed, 6, "451 again"), (digest.State, digest.Attempts, digest.LastError));
    }

    [Fact]
    public void More_attempts_than_back_off_steps_keep_the_longest_wait()
    {
        var digest = DigestRules.Make(Guid.NewGuid(), Today, 1, 0, Now)!;
        for (var i = 0; i < 7; i++)
        {
            Assert.True(DigestRules.SendFailed(digest, "x", Now, maxAttempts: 10));
        }

        Assert.Equal(TimeSpan.FromHours(1), digest.NextAttemptUtc - Now);
    }

    [Fact]
    public void A_long_server_answer_is_cut_to_fit_the_column()
    {
        var digest = DigestRules.Make(Guid.NewGuid(), Today, 1, 0, Now)!;
        DigestRules.SendFailed(digest, new string('x', 2000), Now, maxAttempts: 3);
        Assert.Equal(500, digest.LastError!.Length);
    }

    [Fact]
    public void Delivered_records_how_and_when_and_refuses_other_states()
    {
        var digest = DigestRules.Make(Guid.NewGuid(), Today, 1, 0, Now)!;
        DigestRules.Delivered(digest, DigestState.ShownInApp, Now);
        Assert.Equal((DigestState.ShownInApp, (DateTime?)Now), (digest.State, digest.DeliveredUtc));
        Assert.Throws<ArgumentOutOfRangeException>(() => DigestRules.Delivered(digest, DigestState.Failed, Now));
    }

    [Fact]
    public void Only_todays_and_yesterdays_digests_are_still_sent()
    {
        Assert.True(DigestRules.IsStillRelevant(new DailyDigest { ForDate = Today }, Today));
        Assert.True(DigestRules.IsStillRelevant(new DailyDigest { ForDate = Today.AddDays(-1) }, Today));
        Assert.False(DigestRules.IsStillRelevant(new DailyDigest { ForDate = Today.AddDays(-2) }, Today));
    }

    [Fact]
    public void The_mail_holds_counts_and_the_link_only()
    {
        var digest = new DailyDigest { DueCount = 3, OverdueCount = 1 };
        Assert.Equal("Retning: 1 opgave overskredet, 3 opgaver forfalder snart", DigestRules.Subject(digest));
        Assert.Equal("Retning: 1 opgave forfalder snart", DigestRules.Subject(new DailyDigest { DueCount = 1 }));
        var body = DigestRules.Body(digest, "Mette Kjær", "https://retning.example.dk/opgaver");
        Assert.Contains("Goddag Mette Kjær", body, StringComparison.Ordinal);
        Assert.Contains("1 opgave, hvis frist er overskredet, og 3 opgaver, der snart forfalder", body, StringComparison.Ordinal);
        Assert.Contains("https://retning.example.dk/opgaver", body, StringComparison.Ordinal);
        Assert.Contains("nævner ingen borgere", body, StringComparison.Ordinal);
    }
}
