namespace Retning.Domain.Citizens;

/// <summary>A staff member in the citizen's contact team: they own the citizen's plan.</summary>
public class ContactTeamMember
{
    public Guid CitizenId { get; set; }
    public Guid UserId { get; set; }
}
