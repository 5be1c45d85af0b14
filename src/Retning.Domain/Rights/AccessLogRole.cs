using Retning.Domain.Organisation;

namespace Retning.Domain.Rights;

/// <summary>One role a staff member holds: in a department, or (an offer head) across an offer.</summary>
public sealed record StaffPosition(StaffRole Role, Guid DepartmentId, string DepartmentName, Guid OfferId, string OfferName);

/// <summary>
/// How a reader appears in a citizen's access export. Following Datatilsynet's practice on access
/// to logs, the citizen learns which function read the data, not the name of the employee, e.g.
/// "Medarbejder, Afdeling Mågen". Pure rule, unit-tested.
/// </summary>
public static class AccessLogRole
{
    /// <summary>Shown when the reader holds no role any more (or the row has no user, e.g. a job).</summary>
    public const string Unknown = "Medarbejder (rolle ikke længere registreret)";

    /// <summary>
    /// The label of a reader for a citizen in <paramref name="citizenDepartmentId"/> of
    /// <paramref name="citizenOfferId"/>: the roles held in the citizen's department first, then an
    /// offer head's role across the citizen's offer, then any other role (the citizen may have moved).
    /// Several roles in the same place are joined, e.g. "Medarbejder og Afdelingsleder, Afdeling Mågen".
    /// The sector management is never named: it reads figures, not citizens.
    /// </summary>
    public static string For(IReadOnlyCollection<StaffPosition> positions, Guid citizenDepartmentId, Guid citizenOfferId)
    {
        // The sector management reads no citizen (docs/domain.md, "Roles"): a read came through another role.
        positions = [.. positions.Where(p => p.Role != StaffRole.SectorManagement)];
        var inDepartment = positions.Where(p => p.DepartmentId == citizenDepartmentId && p.Role != StaffRole.OfferHead).ToList();
        if (inDepartment.Count > 0)
        {
            return $"{Roles(inDepartment)}, Afdeling {inDepartment[0].DepartmentName}";
        }

        var offerHead = positions.FirstOrDefault(p => p.Role == StaffRole.OfferHead && p.OfferId == citizenOfferId);
        if (offerHead is not null)
        {
            return $"{StaffRole.OfferHead.Danish()}, Tilbud {offerHead.OfferName}";
        }

        var other = positions.OrderBy(p => p.Role).ThenBy(p => p.DepartmentName, StringComparer.Ordinal).FirstOrDefault();
        return other is null
            ? Unknown
            : other.Role == StaffRole.OfferHead
                ? $"{StaffRole.OfferHead.Danish()}, Tilbud {other.OfferName}"
                : $"{other.Role.Danish()}, Afdeling {other.DepartmentName}";
    }

    private static string Roles(IEnumerable<StaffPosition> positions)
    {
        var names = positions.Select(p => p.Role).Distinct().OrderBy(r => r).Select(r => r.Danish()).ToList();
        return names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} og {names[^1]}";
    }
}
