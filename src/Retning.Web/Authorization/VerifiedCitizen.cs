using Retning.Domain.Citizens;

namespace Retning.Web.Authorization;

/// <summary>
/// Proof that a citizen was found through department scoping on this request's context: the only
/// way to get one is <see cref="FindAsync"/>, which runs the scoped (filtered) lookup. Its
/// <see cref="Rows"/> read the citizen's own rows without the filters' EXISTS chains — scoping paid
/// once per request (docs/adr/0002-department-scoping-as-query-filter.md, "Paying for scoping once per request").
/// </summary>
public sealed class VerifiedCitizen
{
    private VerifiedCitizen(AppDbContext db, Citizen citizen)
    {
        Context = db;
        Citizen = citizen;
        Rows = new CitizenRows(this);
    }

    /// <summary>The citizen with department and offer, as the scoped lookup found it.</summary>
    public Citizen Citizen { get; }

    public Guid Id => Citizen.Id;

    /// <summary>This citizen's rows, read by citizen or plan id only (the reviewed path).</summary>
    public CitizenRows Rows { get; }

    /// <summary>The context the citizen was found on: its rows are read on the same one, under the same caller.</summary>
    internal AppDbContext Context { get; }

    /// <summary>The scoped lookup (the query filter decides); null when the citizen does not exist or is outside the caller's departments.</summary>
    internal static async Task<VerifiedCitizen?> FindAsync(AppDbContext db, Guid id, Func<IQueryable<Citizen>, IQueryable<Citizen>>? include, CancellationToken ct)
    {
        IQueryable<Citizen> query = db.Citizens.Include(c => c.Department).ThenInclude(d => d!.Offer);
        if (include is not null)
        {
            query = include(query);
        }

        var citizen = await query.FirstOrDefaultAsync(c => c.Id == id, ct);
        return citizen is null ? null : new VerifiedCitizen(db, citizen);
    }
}
