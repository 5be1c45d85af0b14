namespace Retning.Domain.Common;

/// <summary>
/// A validation message for one field of a form, in Danish: the one shape every input rule in
/// the domain returns (docs/architecture.md, "Validation"). <see cref="Field"/> is the input's
/// property name ("EvaluatedOn"); the page puts it under its form's prefix.
/// </summary>
public sealed record FieldError(string Field, string Message);
