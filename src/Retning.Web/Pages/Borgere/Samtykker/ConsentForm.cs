using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Citizens;
using Retning.Domain.Consents;

namespace Retning.Web.Pages.Borgere.Samtykker;

/// <summary>
/// What the new-consent and edit-consent pages share, as composition rather than a base class
/// (docs/architecture.md, "Page models"): the choices, the usual giver, the checks
/// (<see cref="ConsentRules.Check"/> plus the scanned file's size and real type) and reading the upload.
/// </summary>
public static class ConsentForm
{
    /// <summary>The citizen header's tab of the consent pages.</summary>
    public const string Tab = "samtykker";

    /// <summary>A scanned document that passed the checks; its type comes from the content, not the browser's claim.</summary>
    public sealed record Upload(byte[] Bytes, string ContentType, string FileName);

    public static IReadOnlyList<SelectListItem> ScopeItems { get; } =
    [
        new("Vælg hvad samtykket gælder", string.Empty),
        .. Enum.GetValues<ConsentScope>().Select(s => new SelectListItem(s.Danish(), s.ToString())),
    ];

    public static IReadOnlyList<SelectListItem> GiverItems { get; } =
    [
        new("Vælg hvem", string.Empty),
        .. Enum.GetValues<ConsentGiver>().Select(g => new SelectListItem(g.Danish(), g.ToString())),
    ];

    /// <summary>Loads the citizen's representatives with the citizen: they give a child's or a ward's consent.</summary>
    public static IQueryable<Citizen> WithRepresentatives(IQueryable<Citizen> citizens) => citizens.Include(c => c.Representatives);

    /// <summary>The citizen's custody holders and guardians, for the hint at "Givet af".</summary>
    public static string RepresentativesHint(Citizen citizen)
    {
        var reps = citizen.Representatives.Where(r => r.Kind is RepresentativeKind.CustodyHolder or RepresentativeKind.Guardian)
            .Select(r => $"{r.Name} ({r.Kind.Danish().ToLowerInvariant()})").ToList();
        return reps.Count == 0
            ? "Borgeren har ingen forældremyndighedsindehaver eller værge registreret."
            : "Registreret: " + string.Join(", ", reps) + ".";
    }

    /// <summary>
    /// Who usually gives the consent: a child's custody holder, an adult's guardian when there is
    /// one, otherwise the citizen — with the name filled in. Staff change it when it was someone else.
    /// </summary>
    public static (ConsentGiver Giver, string Name) DefaultGiver(Citizen citizen, DateOnly today)
    {
        var age = AgeRules.AgeOn(citizen.BirthDate, today);
        var custody = citizen.Representatives.FirstOrDefault(r => r.Kind == RepresentativeKind.CustodyHolder);
        var guardian = citizen.Representatives.FirstOrDefault(r => r.Kind == RepresentativeKind.Guardian);
        return age < 18 && custody is not null ? (ConsentGiver.CustodyHolder, custody.Name)
            : age < 18 ? (ConsentGiver.CustodyHolder, string.Empty)
            : guardian is not null ? (ConsentGiver.Guardian, guardian.Name)
            : (ConsentGiver.Citizen, citizen.FullName);
    }

    /// <summary>Checks the form and the file: the problems per field, and the upload when a file was chosen and passed.</summary>
    public static async Task<(IReadOnlyList<FieldError> Errors, Upload? Upload)> CheckAsync(ConsentInput input, DateOnly today, CancellationToken ct)
    {
        var validFrom = input.ValidFrom ?? input.GivenOn;
        var errors = ConsentRules.Check(input.Scope, input.Description, input.GivenBy, input.GivenByName,
            input.GivenOn, validFrom, input.ValidTo, input.ReviewOn, today).ToList();
        if (input.Document is not { } file)
        {
            return (errors, null);
        }

        var (upload, problem) = await ReadAsync(file, ct);
        if (problem is not null)
        {
            errors.Add(new(nameof(ConsentInput.Document), problem));
        }

        return (errors, upload);
    }

    /// <summary>Puts an accepted upload on the consent (a new file replaces the old one).</summary>
    public static void Attach(Upload upload, Consent consent)
    {
        consent.Document = upload.Bytes;
        consent.DocumentContentType = upload.ContentType;
        consent.DocumentName = upload.FileName;
    }

    /// <summary>Reads the upload when its size and first bytes pass; the stored type comes from the content, not the browser's claim.</summary>
    private static async Task<(Upload? Upload, string? Problem)> ReadAsync(IFormFile file, CancellationToken ct)
    {
        var head = new byte[8];
        int read;
        await using (var stream = file.OpenReadStream())
        {
            read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        }

        if (ConsentRules.CheckDocument(file.FileName, file.Length, head.AsSpan(0, read)) is { } problem)
        {
            return (null, problem);
        }

        var type = ConsentRules.DocumentTypeOf(head.AsSpan(0, read))!;
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return (new Upload(buffer.ToArray(), type, ConsentRules.SafeFileName(file.FileName, type)), null);
    }
}

/// <summary>
/// What the shared fields partial (_ConsentForm) shows: the form as typed, the consent being edited
/// (null on the new-consent page), whether the chosen file must be chosen again, and the hint at "Givet af".
/// </summary>
public sealed record ConsentFormView(ConsentInput Input, Consent? Consent, bool ChooseFileAgain, string RepresentativesHint);
