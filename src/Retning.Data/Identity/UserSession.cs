namespace Retning.Data.Identity;

/// <summary>
/// One login of a user: its id travels in the session cookie and is checked on every request,
/// so ending the row (log-out, deactivation, password change) ends exactly that login on the
/// server, even for a copy of the cookie, while the user's other devices stay signed in.
/// </summary>
public class UserSession
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? EndedUtc { get; set; }
}
