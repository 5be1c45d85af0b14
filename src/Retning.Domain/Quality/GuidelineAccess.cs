using Retning.Domain.Access;
using Retning.Domain.Organisation;

namespace Retning.Domain.Quality;

/// <summary>A guideline as the access rules read it: its level, owner and the offers a local one applies to.</summary>
public sealed record GuidelineScope(GuidelineLevel Level, Guid OwnerUserId, IReadOnlyCollection<Guid> OfferIds)
{
    /// <summary>A regional guideline holds for every offer of the region; a local one for its own offers.</summary>
    public bool AppliesTo(Guid offerId) => Level == GuidelineLevel.Regional || OfferIds.Contains(offerId);
}

/// <summary>
/// Who does what in the guideline register (standard 1.3 step 1; docs/domain.md, "Quality monitoring"), always inside the
/// user's own region: staff read the guidelines that apply to their offers and acknowledge them; the quality officer,
/// offer heads and department heads read all of the region's and write guidelines — a regional one the quality officer
/// and offer heads, a local one the leaders and quality officer of one of its offers; the owner always edits their own.
/// Writing covers a new version, editing a draft and approving it.
/// </summary>
public static class GuidelineAccess
{
    /// <summary>The roles that write guidelines and read every guideline of the region.</summary>
    public static bool WritesGuidelines(StaffRole role) =>
        role is StaffRole.QualityOfficer or StaffRole.OfferHead or StaffRole.DepartmentHead;

    /// <summary>The roles that write the region's regional guidelines.</summary>
    public static bool WritesRegional(StaffRole role) => role is StaffRole.QualityOfficer or StaffRole.OfferHead;

    public static bool CreatesAny(IEnumerable<RoleGrant> grants) => grants.Any(g => WritesGuidelines(g.Role));

    public static bool CreatesRegional(IEnumerable<RoleGrant> grants) => grants.Any(g => WritesRegional(g.Role));

    /// <summary>The offers the user may write a local guideline for: those where they are a leader or the quality officer.</summary>
    public static IReadOnlySet<Guid> LocalOffers(IEnumerable<RoleGrant> grants) =>
        grants.Where(g => WritesGuidelines(g.Role)).Select(g => g.OfferId).ToHashSet();

    /// <summary>Reads the guideline: the owner, a writer of the region, or staff of an offer it applies to.</summary>
    public static bool Reads(IReadOnlyCollection<RoleGrant> grants, Guid userId, GuidelineScope guideline)
    {
        ArgumentNullException.ThrowIfNull(guideline);
        return guideline.OwnerUserId == userId || CreatesAny(grants)
            || grants.Any(g => CitizenAccess.GivesCitizenAccess(g.Role) && guideline.AppliesTo(g.OfferId));
    }

    /// <summary>Writes a new version, edits a draft and approves it: the owner, or who could have created the guideline.</summary>
    public static bool Edits(IReadOnlyCollection<RoleGrant> grants, Guid userId, GuidelineScope guideline)
    {
        ArgumentNullException.ThrowIfNull(guideline);
        return guideline.OwnerUserId == userId
            || (guideline.Level == GuidelineLevel.Regional ? CreatesRegional(grants) : guideline.OfferIds.Any(LocalOffers(grants).Contains));
    }

    /// <summary>Sees who has and has not acknowledged: the owner, the quality officer, and the leaders of an offer it applies to.</summary>
    public static bool SeesAcknowledgements(IReadOnlyCollection<RoleGrant> grants, Guid userId, GuidelineScope guideline)
    {
        ArgumentNullException.ThrowIfNull(guideline);
        return guideline.OwnerUserId == userId || grants.Any(g => g.Role == StaffRole.QualityOfficer
            || ((g.Role is StaffRole.DepartmentHead or StaffRole.OfferHead) && guideline.AppliesTo(g.OfferId)));
    }

    /// <summary>Sees the drafts (text and history) as well as the approved versions: who edits the guideline.</summary>
    public static bool SeesDrafts(IReadOnlyCollection<RoleGrant> grants, Guid userId, GuidelineScope guideline) =>
        Edits(grants, userId, guideline);
}
