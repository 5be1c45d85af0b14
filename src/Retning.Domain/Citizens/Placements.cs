namespace Retning.Domain.Citizens;

/// <summary>Rules for moving a citizen between departments.</summary>
public static class Placements
{
    /// <summary>
    /// Moves the citizen on <paramref name="on"/>: the open placement ends the day before and
    /// a new one starts. Returns a Danish error when the move is not possible.
    /// </summary>
    public static string? Move(Citizen citizen, Guid toDepartmentId, DateOnly on)
    {
        if (toDepartmentId == citizen.DepartmentId)
        {
            return "Borgeren er allerede i den afdeling.";
        }

        var open = citizen.Placements.FirstOrDefault(p => p.To is null);
        if (open is not null && on <= open.From)
        {
            return $"Flytningen skal ske efter {open.From.ToDanishDate()}, hvor borgeren kom i nuværende afdeling.";
        }

        if (open is not null)
        {
            open.To = on.AddDays(-1);
        }

        citizen.Placements.Add(new DepartmentPlacement { CitizenId = citizen.Id, DepartmentId = toDepartmentId, From = on });
        citizen.DepartmentId = toDepartmentId;
        return null;
    }
}
