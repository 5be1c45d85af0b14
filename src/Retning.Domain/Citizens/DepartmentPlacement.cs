using Retning.Domain.Organisation;

namespace Retning.Domain.Citizens;

/// <summary>
/// One stay of a citizen in a department. The open placement (no <see cref="To"/>) is the
/// current one; a move closes it and opens a new one, so moves are history.
/// </summary>
public class DepartmentPlacement
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CitizenId { get; set; }
    public Guid DepartmentId { get; set; }
    public Department? Department { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
}
