using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Citizens;
using Retning.Domain.Consents;
using Retning.Web.Authorization;
using Retning.Web.Pages.Borgere;

namespace Retning.Web.Pages.Borgere.Samtykker;

/// <summary>
/// What the new-consent and edit-consent pages share: the citizen with representatives, the
/// edit right, the choices, the checks (<see cref="ConsentRules.Check"/> plus the scanned file's
/// size and real type) and reading the upload.
/// </summary>
public abstract class ConsentFormPageModel(AppDbContext db, CitizenAccessService access, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    [BindProperty]
    public ConsentInput Input { get; set; } = new();

    /// <summary>The consent being edited (without its document bytes); null on the new-consent page.</summary>
    public Consent? Consent { get; protected set; }

    /// <summary>True when a file was chosen but the form had other errors: the browser cannot keep it, so the page says to choose it again.</summary>
    public bool ChooseFileAgain { get; private set; }

    /// <summary>The accepted upload after <see cref="ValidateAsync"/>, when a file was chosen.</summary>
    protected Upload? AcceptedUpload { get; private set; }

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

    /// <summary>The citizen's custody holders and guardians, for the hint at "Givet af".</summary>
    public string RepresentativesHint
    {
        get
        {
            var reps = Citizen.Representatives.Where(r => r.Kind is RepresentativeKind.CustodyHolder or RepresentativeKind.Guardian)
                .Select(r => $"{r.Name} ({r.Kind.Danish().ToLowerInvariant()})").ToList();
            return reps.Count == 0
                ? "Borgeren har ingen forældremyndighedsindehaver eller værge registreret."
                : "Registreret: " + string.Join(", ", reps) + ".";
        }
    }

    /// <summary>Loads the citizen (with representatives) and requires the edit right; null when the page may go on.</summary>
    protected async Task<IActionResult?> LoadForEditAsync(Guid id, string deniedSubject)
    {
        if (await LoadCitizenAsync(id, "samtykker", q => q.Include(c => c.Representatives)) is { } notFound)
        {
            return notFound;
        }

        return await RequireEditAsync(deniedSubject);
    }

    /// <summary>
    /// Who usually gives the consent: a child's custody holder, an adult's guardian when there is
    /// one, otherwise the citizen — with the name filled in. Staff change it when it was someone else.
    /// </summary>
    protected (ConsentGiver Giver, string Name) DefaultGiver()
    {
        var age = AgeRules.AgeOn(Citizen.BirthDate, Today);
        var custody = Citizen.Representatives.FirstOrDefault(r => r.Kind == RepresentativeKind.CustodyHolder);
        var guardian = Citizen.Representatives.FirstOrDefault(r => r.Kind == RepresentativeKind.Guardian);
        return age < 18 && custody is not null ? (ConsentGiver.CustodyHolder, custody.Name)
            : age < 18 ? (ConsentGiver.CustodyHolder, string.Empty)
            : guardian is not null ? (ConsentGiver.Guardian, guardian.Name)
            : (ConsentGiver.Citizen, Citizen.FullName);
    }

    /// <summary>Checks the form and the file; errors go to ModelState at their fields.</summary>
    protected async Task ValidateAsync(CancellationToken ct)
    {
        var validFrom = Input.ValidFrom ?? Input.GivenOn;
        foreach (var (field, message) in ConsentRules.Check(Input.Scope, Input.Description, Input.GivenBy, Input.GivenByName,
                     Input.GivenOn, validFrom, Input.ValidTo, Input.ReviewOn, Today))
        {
            AddError(field, message);
        }

        if (Input.Document is { } file)
        {
            var (upload, problem) = await ReadAsync(file, ct);
            if (problem is not null)
            {
                AddError(nameof(ConsentInput.Document), problem);
            }

            AcceptedUpload = upload;
        }

        ChooseFileAgain = !ModelState.IsValid && AcceptedUpload is not null;
    }

    private void AddError(string field, string message)
    {
        var key = "Input." + field;
        // A binding error (e.g. a date that is not a date) already says what is wrong with the field.
        if (!ModelState.TryGetValue(key, out var entry) || entry.Errors.Count == 0)
        {
            ModelState.AddModelError(key, message);
        }
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

    /// <summary>Puts an accepted upload on the consent (a new file replaces the old one).</summary>
    protected void AttachUpload(Consent consent)
    {
        if (AcceptedUpload is { } upload)
        {
            consent.Document = upload.Bytes;
            consent.DocumentContentType = upload.ContentType;
            consent.DocumentName = upload.FileName;
        }
    }
}
