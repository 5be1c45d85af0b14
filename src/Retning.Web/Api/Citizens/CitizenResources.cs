using System.ComponentModel;

namespace Retning.Web.Api.Citizens;

/// <summary>A citizen in a list: no CPR number, not even masked (docs/adr/0020-api-contract.md, "Citizens").</summary>
[Description("En borger i en liste (uden CPR-nummer).")]
public sealed record CitizenListItem(
    [property: Description("Borgerens faste id (UUID).")] Guid Id,
    [property: Description("Fornavn(e).")] string FirstName,
    [property: Description("Efternavn.")] string LastName,
    [property: Description("Fødselsdato (ISO 8601-dato).")] DateOnly BirthDate,
    [property: Description("Id på den afdeling, borgeren hører til.")] Guid DepartmentId,
    [property: Description("Tilbud og afdeling, fx \"Solsikken – Mågen\".")] string DepartmentName,
    [property: Description("Indskrevet fra (dato).")] DateOnly EnrolledOn,
    [property: Description("Udskrevet fra (dato); null mens borgeren er indskrevet.")] DateOnly? DischargedOn,
    [property: Description("Hvornår borgerens stamdata sidst blev ændret (UTC); det changedSince sammenlignes med.")] DateTime UpdatedAt);

/// <summary>
/// One citizen as the citizen's overview page shows it: the CPR number masked (only the edit page shows it whole),
/// the municipality's caseworker and the status agreement. The ETag is the citizen's version.
/// </summary>
[Description("Én borger som på borgerens overblik; CPR-nummeret maskeret. ETag er borgerens version.")]
public sealed record CitizenDetails(
    [property: Description("Borgerens faste id (UUID).")] Guid Id,
    [property: Description("Fornavn(e).")] string FirstName,
    [property: Description("Efternavn.")] string LastName,
    [property: Description("CPR-nummer med kun fødselsdatoen, fx \"010203-xxxx\".")] string MaskedCpr,
    [property: Description("Fødselsdato (ISO 8601-dato).")] DateOnly BirthDate,
    [property: Description("Id på den afdeling, borgeren hører til.")] Guid DepartmentId,
    [property: Description("Tilbud og afdeling, fx \"Solsikken – Mågen\".")] string DepartmentName,
    [property: Description("Indskrevet fra (dato).")] DateOnly EnrolledOn,
    [property: Description("Udskrevet fra (dato); null mens borgeren er indskrevet.")] DateOnly? DischargedOn,
    [property: Description("Målgruppe.")] string? TargetGroup,
    [property: Description("Kategori.")] string? Category,
    [property: Description("Støtteniveau.")] string? SupportLevel,
    [property: Description("Handlekommune.")] string? Municipality,
    [property: Description("Sagsbehandlerens navn.")] string? CaseworkerName,
    [property: Description("Sagsbehandlerens e-mail.")] string? CaseworkerEmail,
    [property: Description("Sagsbehandlerens telefon.")] string? CaseworkerPhone,
    [property: Description("Aftalt statusinterval i måneder; null = standard (6 for børn, 12 for voksne).")] int? StatusIntervalMonths,
    [property: Description("Version (samme værdi som ETag'en); stiger ved hver ændring.")] int Version,
    [property: Description("Hvornår borgerens stamdata sidst blev ændret (UTC).")] DateTime UpdatedAt);
