namespace Retning.Domain.Citizens;

/// <summary>What a person typed for a citizen's master data, before it is accepted.</summary>
public sealed record CitizenDraft(
    string? FirstName,
    string? LastName,
    string? Cpr,
    DateOnly? EnrolledOn,
    DateOnly? DischargedOn,
    string? CaseworkerEmail,
    int? StatusIntervalMonths = null,
    string? StatusAgreementNote = null);

/// <summary>A validation message for one field of a draft, in Danish.</summary>
public sealed record FieldError(string Field, string Message);
