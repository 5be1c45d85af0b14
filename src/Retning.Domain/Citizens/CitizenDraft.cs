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
