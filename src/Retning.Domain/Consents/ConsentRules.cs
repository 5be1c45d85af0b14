namespace Retning.Domain.Consents;

/// <summary>How a consent stands on a day, as the registry shows it.</summary>
public enum ConsentState
{
    /// <summary>Begun, not ended, not withdrawn, and reviewed on time.</summary>
    Valid = 1,

    /// <summary>Its first day (ValidFrom) is still ahead.</summary>
    NotYetValid = 2,

    /// <summary>Its last day (ValidTo) has passed.</summary>
    Expired = 3,

    /// <summary>Withdrawn on or before the day.</summary>
    Withdrawn = 4,

    /// <summary>Valid, but the yearly review date has passed.</summary>
    ReviewOverdue = 5,
}

/// <summary>The consent registry's rules.</summary>
public static class ConsentRules
{
    // The longest text of each field: the form refuses more (TextLimitAttribute), the column holds no more (docs/architecture.md, "Validation").
    public const int MaxDescription = 2000;
    public const int MaxGivenByName = TextLimits.Name;
    public const int MaxWithdrawnNote = 1000;

    /// <summary>Reviewed yearly (docs/domain.md, "Consents and disclosures"): a year after it was given unless set.</summary>
    public const int ReviewMonths = 12;

    /// <summary>The largest scanned document accepted.</summary>
    public const int MaxDocumentBytes = 10 * 1024 * 1024;

    public static readonly IReadOnlyList<string> DocumentTypes = ["application/pdf", "image/jpeg", "image/png"];

    public static DateOnly DefaultReviewOn(DateOnly givenOn) => givenOn.AddMonths(ReviewMonths);

    /// <summary>Valid on the day: begun, not ended and not withdrawn (a withdrawal counts from its day).</summary>
    public static bool IsValidOn(Consent consent, DateOnly day) =>
        consent.ValidFrom <= day
        && (consent.ValidTo is not { } to || day <= to)
        && (consent.WithdrawnOn is not { } withdrawn || day < withdrawn);

    /// <summary>A valid consent covering the scope on the day, when there is one.</summary>
    public static Consent? Covering(IEnumerable<Consent> consents, ConsentScope scope, DateOnly day) =>
        consents.Where(c => c.Scope == scope && IsValidOn(c, day)).OrderByDescending(c => c.GivenOn).FirstOrDefault();

    /// <summary>The problems with a consent as typed, per field, in Danish.</summary>
    public static IReadOnlyList<FieldError> Check(
        ConsentScope? scope, string? description, ConsentGiver? givenBy, string? givenByName, DateOnly? givenOn, DateOnly? validFrom, DateOnly? validTo, DateOnly? reviewOn, DateOnly today)
    {
        var problems = new List<FieldError>();
        if (scope is null)
        {
            problems.Add(new("Scope", "Vælg hvad samtykket gælder."));
        }

        if (string.IsNullOrWhiteSpace(description))
        {
            problems.Add(new("Description", "Beskriv hvad samtykket gælder, og til hvem."));
        }

        if (givenBy is null)
        {
            problems.Add(new("GivenBy", "Vælg hvem der har givet samtykket."));
        }

        if (string.IsNullOrWhiteSpace(givenByName))
        {
            problems.Add(new("GivenByName", "Skriv navnet på den, der har givet samtykket."));
        }

        if (givenOn is null)
        {
            problems.Add(new("GivenOn", "Skriv datoen, samtykket blev givet."));
        }
        else if (givenOn > today)
        {
            problems.Add(new("GivenOn", "Et samtykke kan ikke være givet i fremtiden."));
        }

        if (validFrom is { } from && validTo is { } to && to < from)
        {
            problems.Add(new("ValidTo", "Slutdatoen skal ligge efter startdatoen."));
        }

        if (reviewOn is { } review && givenOn is { } given && review <= given)
        {
            problems.Add(new("ReviewOn", "Revurderingen skal ligge efter datoen, samtykket blev givet."));
        }

        return problems;
    }

    /// <summary>
    /// The state the registry shows on a day. A withdrawal, an ended or a not yet begun consent
    /// wins over an overdue review: only a consent that is valid can have its review overdue
    /// (it still covers disclosures; the review is the contact team's yearly check).
    /// </summary>
    public static ConsentState StateOn(Consent consent, DateOnly today) =>
        consent.WithdrawnOn is { } withdrawn && withdrawn <= today ? ConsentState.Withdrawn
        : consent.ValidTo is { } to && to < today ? ConsentState.Expired
        : consent.ValidFrom > today ? ConsentState.NotYetValid
        : consent.ReviewOn < today ? ConsentState.ReviewOverdue
        : ConsentState.Valid;

    /// <summary>The problems with a withdrawal as typed, per field, in Danish.</summary>
    public static IReadOnlyList<FieldError> CheckWithdrawal(Consent consent, DateOnly? withdrawnOn, string? note)
    {
        var problems = new List<FieldError>();
        if (consent.WithdrawnOn is { } already)
        {
            problems.Add(new("WithdrawnOn", $"Samtykket er allerede tilbagekaldt {already.ToDanishDate()}."));
        }
        else if (withdrawnOn is null)
        {
            problems.Add(new("WithdrawnOn", "Skriv datoen, samtykket blev tilbagekaldt."));
        }
        else if (withdrawnOn < consent.GivenOn)
        {
            problems.Add(new("WithdrawnOn", "Et samtykke kan ikke tilbagekaldes, før det blev givet."));
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            problems.Add(new("WithdrawnNote", "Skriv hvem der tilbagekaldte samtykket, og hvordan (fx mundtligt ved en samtale)."));
        }

        return problems;
    }

    /// <summary>
    /// The type of a scanned document from its first bytes (its "magic"), whatever the browser
    /// claimed: PDF ("%PDF-"), JPEG (FF D8 FF) or PNG (the 8-byte signature); null for anything else.
    /// </summary>
    public static string? DocumentTypeOf(ReadOnlySpan<byte> head) =>
        head.StartsWith("%PDF-"u8) ? "application/pdf"
        : head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : null;

    /// <summary>The file name extension a document type is saved and downloaded with.</summary>
    public static string ExtensionFor(string contentType) => contentType switch
    {
        "application/pdf" => ".pdf",
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        _ => throw new ArgumentOutOfRangeException(nameof(contentType), contentType, "Not an accepted document type."),
    };

    /// <summary>
    /// The problem with an uploaded document, in Danish, or null when it is accepted: not empty,
    /// at most <see cref="MaxDocumentBytes"/>, a PDF/JPEG/PNG by its content, and named as what it is
    /// (a PNG called ".pdf" is refused, so the name never misleads whoever opens it later).
    /// </summary>
    public static string? CheckDocument(string? fileName, long length, ReadOnlySpan<byte> head)
    {
        if (length == 0)
        {
            return "Filen er tom. Vælg den scannede samtykkeerklæring.";
        }

        if (length > MaxDocumentBytes)
        {
            return $"Filen er for stor ({length / (1024.0 * 1024.0):0.0} MB). Den må højst fylde {MaxDocumentBytes / (1024 * 1024)} MB.";
        }

        if (DocumentTypeOf(head) is not { } type)
        {
            return "Filen skal være en PDF, JPEG eller PNG. Indholdet er ikke nogen af dem.";
        }

        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        var fits = extension == ExtensionFor(type) || (type == "image/jpeg" && extension == ".jpeg");
        return fits ? null : $"Filens navn ({extension.TrimStart('.')}) passer ikke til indholdet ({ExtensionFor(type).TrimStart('.')}). Vælg den rigtige fil, eller omdøb den.";
    }

    /// <summary>
    /// A file name safe to store and to put in a download header: no folders, only letters,
    /// digits, space, dot, dash and underscore, at most 100 characters, and the extension of its type.
    /// </summary>
    public static string SafeFileName(string? fileName, string contentType)
    {
        var extension = ExtensionFor(contentType);
        var stem = Path.GetFileNameWithoutExtension((fileName ?? string.Empty).Replace('\\', '/').Split('/')[^1]);
        var kept = new string([.. stem.Select(ch => char.IsLetterOrDigit(ch) || ch is ' ' or '-' or '_' or '.' ? ch : '_')]).Trim(' ', '.', '_');
        if (kept.Length > 100)
        {
            kept = kept[..100].TrimEnd(' ', '.');
        }

        return (kept.Length == 0 ? "samtykke" : kept) + extension;
    }

    public static string Danish(this ConsentState state) => state switch
    {
        ConsentState.Valid => "Gyldigt",
        ConsentState.NotYetValid => "Endnu ikke gyldigt",
        ConsentState.Expired => "Udløbet",
        ConsentState.Withdrawn => "Tilbagekaldt",
        ConsentState.ReviewOverdue => "Revurdering overskredet",
        _ => state.ToString(),
    };

    public static string Danish(this ConsentScope scope) => scope switch
    {
        ConsentScope.PlanToMunicipality => "Videregive den individuelle plan til kommunen",
        ConsentScope.StatusToOthers => "Videregive status og referater til andre end kommunen",
        ConsentScope.ObtainInformation => "Indhente oplysninger hos andre",
        ConsentScope.Other => "Andet",
        _ => scope.ToString(),
    };

    public static string Danish(this ConsentGiver giver) => giver switch
    {
        ConsentGiver.Citizen => "Borgeren",
        ConsentGiver.CustodyHolder => "Forældremyndighedsindehaver",
        ConsentGiver.Guardian => "Værge",
        _ => giver.ToString(),
    };
}
