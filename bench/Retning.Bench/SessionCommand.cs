using Microsoft.EntityFrameworkCore;
using Retning.Data;

/// <summary>
/// The newest open login session of a user, for the raw path (bench/Retning.RawPath), which checks the same
/// <c>UserSessions</c> row as the app but cannot read the app's encrypted cookie: compare.sh logs in to the app and
/// hands the session to the raw path in its own cookie. Prints user=… and session=….
/// Usage: ./Retning.Bench session (--sqlite FILE | --pg "CONNECTION") --user anne@demo.retning.dk
/// </summary>
internal static class SessionCommand
{
    public static async Task RunAsync(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseRegistration.Configure(options, SeedCommand.Settings(args));
        await using var db = new AppDbContext(options.Options, FixedCitizenScope.System, TimeProvider.System);
        var email = SeedCommand.Option(args, "--user") ?? throw new ArgumentException("session needs --user EMAIL");
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var session = await db.UserSessions.Where(s => s.UserId == userId && s.EndedUtc == null).OrderByDescending(s => s.CreatedUtc).Select(s => s.Id).FirstAsync();
        Console.WriteLine($"user={userId}");
        Console.WriteLine($"session={session}");
    }
}
