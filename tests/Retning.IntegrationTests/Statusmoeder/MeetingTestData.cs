using Microsoft.EntityFrameworkCore;
using Retning.Domain.Status;
using Retning.Testing;

namespace Retning.IntegrationTests.Statusmoeder;

/// <summary>Arranging status meetings straight in the database.</summary>
internal static class MeetingTestData
{
    /// <summary>
    /// A status meeting of the citizen (by default 30 days ahead, at 13:30 in Mågen) with the
    /// citizen's caseworker and the citizen as participants; <paramref name="configure"/> may set
    /// the status sending, the minutes or a cancellation.
    /// </summary>
    public static async Task<Guid> AddMeetingAsync(this RetningApp app, Guid citizenId, DateOnly? on = null, Action<StatusMeeting>? configure = null)
    {
        await using var db = app.CreateSystemDbContext();
        var citizen = await db.Citizens.AsNoTracking().SingleAsync(c => c.Id == citizenId);
        var meeting = new StatusMeeting
        {
            CitizenId = citizenId, On = on ?? app.Today.AddDays(30), At = new TimeOnly(13, 30), Place = "Mågen, mødelokalet",
            Agenda = "1. Velkomst\n2. Status siden sidst\n3. Aftaler",
        };
        meeting.Participants.Add(new MeetingParticipant
        {
            MeetingId = meeting.Id, Role = ParticipantRole.Caseworker, Name = citizen.CaseworkerName ?? "Rådgiver Test", Contact = citizen.CaseworkerEmail,
        });
        meeting.Participants.Add(new MeetingParticipant { MeetingId = meeting.Id, Role = ParticipantRole.Citizen, Name = citizen.FullName });
        configure?.Invoke(meeting);
        db.StatusMeetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    public static async Task<StatusMeeting> MeetingAsync(this RetningApp app, Guid meetingId)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.StatusMeetings.AsNoTracking().Include(m => m.Participants).SingleAsync(m => m.Id == meetingId);
    }
}
