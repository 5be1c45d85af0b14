namespace Retning.Domain.Common;

/// <summary>
/// An editable aggregate with an optimistic concurrency token. The data layer bumps
/// <see cref="Version"/> on every save, so two people editing the same record cannot
/// silently overwrite each other (one portable mechanism for SQLite and PostgreSQL).
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
