namespace Retning.Data;

/// <summary>
/// The departments whose citizens the current caller may see. The DbContext applies it as a
/// query filter on every citizen table, so a query cannot forget department scoping.
/// </summary>
public interface ICitizenScope
{
    /// <summary>True only for system work (migrations, demo data, background jobs).</summary>
    bool Unrestricted { get; }

    Guid[] DepartmentIds { get; }
}

/// <summary>A fixed scope: <see cref="System"/> for start-up work, <see cref="None"/> when nobody is signed in.</summary>
public sealed class FixedCitizenScope(bool unrestricted, params Guid[] departmentIds) : ICitizenScope
{
    public static readonly FixedCitizenScope System = new(true);
    public static readonly FixedCitizenScope None = new(false);

    public bool Unrestricted { get; } = unrestricted;
    public Guid[] DepartmentIds { get; } = departmentIds;
}
