using Retning.Domain.Common;
using Retning.Domain.Status;

namespace Retning.UnitTests.Status;

/// <summary>The deadlines around a status meeting (docs/domain.md, "Status meetings and minutes": status and agenda 14 days before, minutes within 7 days after) and the meeting page's warnings.</summary>
public sealed class MeetingRulesTests
{
    private static StatusMeeting Meeting(DateOnly on, DateOnly? statusSent = null, DateOnly? minutesSent = null, DateOnly? cancelled = null) =>
        new() { On = on, StatusSentOn = statusSent, MinutesSentOn = minutesSent, CancelledOn = cancelled };

    [Theory]
    [InlineData("2026-03-16", "2026-03-02")]
    [InlineData("2026-03-01", "2026-02-15")] // across a month end
    [InlineData("2026-01-10", "2025-12-27")] // across a year end
    [InlineData("2024-03-14", "2024-02-29")] // a leap day
    [InlineData("2025-03-14", "2025-02-28")] // no leap day: 14 days before is still exact
    public void The_status_goes_out_14_days_before_the_meeting(string meeting, string sendBy) =>
        Assert.Equal(DateOnly.Parse(sendBy, System.Globalization.CultureInfo.InvariantCulture),
            MeetingRules.SendBy(DateOnly.Parse(meeting, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-03-02", "2026-03-09")]
    [InlineData("2026-02-25", "2026-03-04")] // February has 28 days in 2026
    [InlineData("2024-02-25", "2024-03-03")] // and 29 in 2024
    [InlineData("2025-12-28", "2026-01-04")]
    public void The_minutes_go_out_within_7_days_after(string meeting, string minutesBy) =>
        Assert.Equal(DateOnly.Parse(minutesBy, System.Globalization.CultureInfo.InvariantCulture),
            MeetingRules.MinutesBy(DateOnly.Parse(meeting, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void No_warning_while_everything_is_on_time()
    {
        var on = new DateOnly(2026, 4, 20);
        Assert.Empty(MeetingRules.Warnings(Meeting(on), on.AddDays(-14))); // the deadline day itself is on time
        Assert.Empty(MeetingRules.Warnings(Meeting(on, statusSent: on.AddDays(-14)), on.AddDays(7)));
        Assert.Empty(MeetingRules.Warnings(Meeting(on, statusSent: on.AddDays(-20), minutesSent: on.AddDays(7)), on.AddDays(60)));
    }

    [Fact]
    public void The_day_after_the_send_deadline_without_a_sent_status_warns()
    {
        var on = new DateOnly(2026, 4, 20);
        var warning = Assert.Single(MeetingRules.Warnings(Meeting(on), on.AddDays(-13)));
        Assert.Equal("Fristen for at sende status og dagsorden til rådgiveren var 06-04-2026 (14 dage før mødet). Den er overskredet.", warning);
    }

    [Fact]
    public void A_status_sent_late_is_remembered_as_late()
    {
        var on = new DateOnly(2026, 4, 20);
        var warning = Assert.Single(MeetingRules.Warnings(Meeting(on, statusSent: on.AddDays(-10)), on.AddDays(-1)));
        Assert.Equal("Status og dagsorden blev sendt 10-04-2026, efter fristen 06-04-2026.", warning);
    }

    [Fact]
    public void Minutes_not_sent_within_7_days_warn_and_the_warnings_add_up()
    {
        var on = new DateOnly(2026, 4, 20);
        Assert.Empty(MeetingRules.Warnings(Meeting(on, statusSent: on.AddDays(-15)), on.AddDays(7)));
        var minutes = Assert.Single(MeetingRules.Warnings(Meeting(on, statusSent: on.AddDays(-15)), on.AddDays(8)));
        Assert.Equal("Referatet skulle være sendt til alle deltagere senest 27-04-2026 (7 dage efter mødet). Fristen er overskredet.", minutes);
        Assert.Equal(2, MeetingRules.Warnings(Meeting(on), on.AddDays(8)).Count);
    }

    [Fact]
    public void A_cancelled_meeting_gives_no_warnings()
    {
        var on = new DateOnly(2026, 4, 20);
        Assert.Empty(MeetingRules.Warnings(Meeting(on, cancelled: on.AddDays(-20)), on.AddDays(30)));
    }

    [Fact]
    public void Check_wants_a_date_within_reach_and_at_least_one_participant()
    {
        var today = new DateOnly(2026, 3, 2);
        var enrolled = new DateOnly(2024, 8, 1);
        Assert.Empty(MeetingRules.Check(today.AddDays(30), enrolled, today, 3));
        Assert.Empty(MeetingRules.Check(enrolled.AddYears(-1), enrolled, today, 1));
        Assert.Empty(MeetingRules.Check(today.AddYears(2), enrolled, today, 1));

        Assert.Equal([new FieldError("On", "Skriv mødets dato.")], MeetingRules.Check(null, enrolled, today, 1));
        Assert.Equal(["On"], MeetingRules.Check(enrolled.AddYears(-1).AddDays(-1), enrolled, today, 1).Select(p => p.Field));
        Assert.Equal(["On"], MeetingRules.Check(today.AddYears(2).AddDays(1), enrolled, today, 1).Select(p => p.Field));
        Assert.Equal(["Participants"], MeetingRules.Check(today, enrolled, today, 0).Select(p => p.Field));
    }

    [Fact]
    public void Minutes_are_not_sent_before_the_meeting_nor_before_their_approval()
    {
        var meeting = new StatusMeeting { On = new DateOnly(2026, 3, 2) };
        var approved = new DateOnly(2026, 3, 4);

        Assert.Empty(MeetingRules.CheckSentOn(meeting, null, approved));
        Assert.Empty(MeetingRules.CheckSentOn(meeting, approved, approved));
        Assert.Empty(MeetingRules.CheckSentOn(meeting, meeting.On, null));
        Assert.Equal([new FieldError("SentOn", "Referatet kan ikke være sendt før mødet (02-03-2026).")], MeetingRules.CheckSentOn(meeting, meeting.On.AddDays(-1), approved));
        Assert.Equal([new FieldError("SentOn", "Referatet blev godkendt 04-03-2026; det kan ikke være sendt før.")], MeetingRules.CheckSentOn(meeting, approved.AddDays(-1), approved));
    }

    [Fact]
    public void Minutes_are_journalised_on_a_given_day_not_ahead_and_not_before_they_were_sent()
    {
        var today = new DateOnly(2026, 3, 10);
        var meeting = new StatusMeeting { On = new DateOnly(2026, 3, 2), MinutesSentOn = new DateOnly(2026, 3, 5) };

        Assert.Empty(MeetingRules.CheckJournalisedOn(meeting, today, today));
        Assert.Empty(MeetingRules.CheckJournalisedOn(meeting, meeting.MinutesSentOn, today));
        Assert.Equal([new FieldError("JournalisedOn", "Skriv datoen, referatet blev journaliseret.")], MeetingRules.CheckJournalisedOn(meeting, null, today));
        Assert.Equal([new FieldError("JournalisedOn", "Journaliseringen registreres, når den er sket: datoen kan ikke ligge i fremtiden.")],
            MeetingRules.CheckJournalisedOn(meeting, today.AddDays(1), today));
        Assert.Equal([new FieldError("JournalisedOn", "Referatet blev sendt 05-03-2026; det journaliseres samme dag eller senere.")],
            MeetingRules.CheckJournalisedOn(meeting, new DateOnly(2026, 3, 4), today));
    }
}
