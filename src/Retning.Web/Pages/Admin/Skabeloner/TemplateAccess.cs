using Retning.Domain.Organisation;

namespace Retning.Web.Pages.Admin.Skabeloner;

/// <summary>
/// Who may edit an offer's plan templates (sub-headings and help texts): an administrator, and the
/// offer's head (Tilbudsleder) for that offer's templates. Not a policy: the answer depends on the
/// template's offer, so the pages ask it after loading the template.
/// </summary>
public static class TemplateAccess
{
    /// <summary>True when the user may administer the templates of at least one offer.</summary>
    public static bool MayAdministerAny(CurrentUser user) =>
        user.IsAdministrator || user.Grants.Any(g => g.Role == StaffRole.OfferHead);

    public static bool MayAdminister(CurrentUser user, Guid offerId) =>
        user.IsAdministrator || user.Grants.Any(g => g.Role == StaffRole.OfferHead && g.OfferId == offerId);

    /// <summary>The offers whose templates the user sees; null means every offer (an administrator).</summary>
    public static IReadOnlySet<Guid>? Offers(CurrentUser user) =>
        user.IsAdministrator ? null : user.Grants.Where(g => g.Role == StaffRole.OfferHead).Select(g => g.OfferId).ToHashSet();

    /// <summary>The offers the user administers templates for (every offer for an administrator), unsorted and untracked.</summary>
    public static IQueryable<Offer> AdministeredOffers(AppDbContext db, CurrentUser user)
    {
        var query = db.Offers.AsNoTracking();
        if (Offers(user) is { } allowed)
        {
            var ids = allowed.ToArray();
            query = query.Where(o => ids.Contains(o.Id));
        }

        return query;
    }

    /// <summary>The breadcrumb trail to the template list: through "Administration" only for those who may open it.</summary>
    public static List<Breadcrumb> Trail(CurrentUser user)
    {
        var trail = new List<Breadcrumb> { new("Forside", Routes.Home) };
        if (user.IsAdministrator)
        {
            trail.Add(new("Administration", Routes.Admin.Start));
        }

        return trail;
    }
}
