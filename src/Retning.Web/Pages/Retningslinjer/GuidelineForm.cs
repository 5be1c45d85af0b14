using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Access;
using Retning.Domain.Quality;

namespace Retning.Web.Pages.Retningslinjer;

/// <summary>
/// What the new-guideline, new-version and draft pages share, as composition (docs/architecture.md, "Page models"):
/// the choices of the region, the checks (<see cref="GuidelineInputRules"/> and the file's content,
/// <see cref="GuidelineDocument.Check"/>) and reading the upload. Mirrors the consent form's upload.
/// </summary>
public static class GuidelineForm
{
    /// <summary>A file that passed the check; its type comes from the content, not the browser's claim.</summary>
    public sealed record Upload(byte[] Bytes, string ContentType, string FileName);

    /// <summary>The region's choices: offers (for a new local guideline only those the user writes for), regional guidelines to extend, owners.</summary>
    public sealed record Options(Guid RegionId, IReadOnlyList<SelectListItem> Offers, IReadOnlyList<SelectListItem> Regionals, IReadOnlyList<SelectListItem> Owners, bool MayChooseRegional)
    {
        public IReadOnlyList<SelectListItem> Levels { get; } =
        [
            new("Vælg niveau", string.Empty),
            .. (MayChooseRegional ? new[] { GuidelineLevel.Regional, GuidelineLevel.Local } : [GuidelineLevel.Local])
                .Select(l => new SelectListItem(l.Danish(), l.ToString())),
        ];
    }

    public static async Task<Options> OptionsAsync(AppDbContext db, CurrentUser me, Guid regionId, Guideline? editing, CancellationToken ct)
    {
        var writable = GuidelineAccess.LocalOffers(me.Grants);
        var offers = await db.Offers.AsNoTracking().Where(o => o.RegionId == regionId).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var regionals = await db.Guidelines.AsNoTracking()
            .Where(g => g.RegionId == regionId && g.Level == GuidelineLevel.Regional && (editing == null || g.Id != editing.Id))
            .OrderBy(g => g.Title).Select(g => new { g.Id, g.Title }).ToListAsync(ct);
        var owners = await db.Memberships.AsNoTracking().Where(m => m.Department!.Offer!.RegionId == regionId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.FullName, m.Role }).ToListAsync(ct);
        return new Options(regionId,
            [.. offers.Where(o => editing is not null || writable.Contains(o.Id)).Select(o => new SelectListItem(o.Name, o.Id.ToString()))],
            [new("Ingen", string.Empty), .. regionals.Select(g => new SelectListItem(g.Title, g.Id.ToString()))],
            [new("Vælg ansvarlig", string.Empty), .. owners.Where(o => CitizenAccess.GivesCitizenAccess(o.Role)).DistinctBy(o => o.Id)
                .OrderBy(o => o.FullName, StringComparer.Ordinal).Select(o => new SelectListItem(o.FullName, o.Id.ToString()))],
            editing is not null || GuidelineAccess.CreatesRegional(me.Grants));
    }

    /// <summary>Checks the form and the file: the problems per field, and the upload when a file was chosen and passed.</summary>
    public static async Task<(List<FieldError> Errors, Upload? Upload)> CheckAsync(GuidelineInput input, Options options, bool firstVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var ownerChosen = input.OwnerUserId is { } owner && options.Owners.Any(o => o.Value == owner.ToString());
        var errors = GuidelineInputRules.Check(input.Title, input.Level, input.OfferIds.Count, input.IndicatorFlags, ownerChosen, firstVersion, input.ChangeNote).ToList();
        if (input.Level == GuidelineLevel.Regional && !options.MayChooseRegional)
        {
            errors.Add(new("Level", "En regional retningslinje oprettes af kvalitetsmedarbejderen eller en tilbudsleder. Vælg lokal."));
        }

        if (input.Level == GuidelineLevel.Local && input.OfferIds.Any(o => options.Offers.All(x => x.Value != o.ToString())))
        {
            errors.Add(new("OfferIds", "Vælg blandt de viste tilbud: dem, du kan skrive retningslinjer for."));
        }

        if (input.Level == GuidelineLevel.Local && input.ExtendsId is { } e && options.Regionals.All(r => r.Value != e.ToString()))
        {
            errors.Add(new("ExtendsId", "Vælg en af regionens regionale retningslinjer, eller ingen."));
        }

        if (input.Document is not { } file)
        {
            return (errors, null);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var (type, problem) = GuidelineDocument.Check(file.FileName, bytes);
        if (problem is not null)
        {
            errors.Add(new(nameof(GuidelineInput.Document), problem));
            return (errors, null);
        }

        return (errors, new Upload(bytes, type!, GuidelineInputRules.SafeFileName(file.FileName, type!)));
    }
}

/// <summary>What the shared fields partial shows: the form as typed, its choices, the draft's current file, whether to choose the file again.</summary>
public sealed record GuidelineFormView(GuidelineInput Input, GuidelineForm.Options Options, string? CurrentDocument, bool ChooseFileAgain, bool FirstVersion);
