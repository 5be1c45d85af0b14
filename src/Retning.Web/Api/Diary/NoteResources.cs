using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Retning.Domain.Diary;
using Retning.Web.Api.Auth;

namespace Retning.Web.Api.Diary;

/// <summary>A diary note as the API returns it: the current content (docs/adr/0006); the ETag is the note's version.</summary>
[Description("Et dagbogsnotat med dets gældende indhold. ETag er notatets version.")]
public sealed record NoteResource(
    [property: Description("Notatets faste id (UUID).")] Guid Id,
    [property: Description("Borgerens id.")] Guid CitizenId,
    [property: Description("Hvilken dagbog: subGoal (delmålsdagbog) eller resident (beboerdagbog).")] DiaryKind Kind,
    [property: Description("Hvornår det noterede skete (UTC).")] DateTime ObservedAt,
    [property: Description("Den danske dato for det noterede.")] DateOnly ObservedOn,
    [property: Description("Delmålet, notatet handler om; null for et beboernotat uden delmål.")] Guid? SubGoalId,
    [property: Description("Scoren: trinnets værdi på delmålets skala; null = ikke vurderet (eller et beboernotat).")] int? Score,
    [property: Description("Id på den skalaversion, scoren er givet på.")] Guid? ScaleVersionId,
    [property: Description("Konteksten (beboernotat).")] Guid? ContextId,
    [property: Description("Notattypen (beboernotat).")] Guid? NoteTypeId,
    [property: Description("Årsagen, når arbejdet med delmålet ikke blev gjort.")] MissingWorkReason? MissingWorkReason,
    [property: Description("Planens temaer, notatet vedrører (nøgler).")] IReadOnlyList<string> ThemeKeys,
    [property: Description("Hvad der blev gjort / notatets tekst; null uden ret til fritekst.")] string? Text,
    [property: Description("Effekt; null uden ret til fritekst.")] string? Effect,
    [property: Description("Borgerens oplevelse; null uden ret til fritekst.")] string? CitizenExperience,
    [property: Description("Aktør (fx en pårørende), hvis ikke personalet; null uden ret til fritekst.")] string? ActorName,
    [property: Description("Internt notat (vises ikke ved aktindsigt uden vurdering).")] bool IsInternal,
    [property: Description("Forfatterens navn.")] string AuthorName,
    [property: Description("Nummeret på den gældende version (1 = aldrig rettet).")] int CurrentVersion,
    [property: Description("Samtidighedsversion (samme værdi som ETag'en).")] int Version,
    [property: Description("Hvornår notatet blev skrevet (UTC).")] DateTime CreatedAt,
    [property: Description("Hvornår notatet sidst blev ændret (UTC); det changedSince sammenlignes med.")] DateTime UpdatedAt)
{
    /// <summary>The note with its free text only for a caller with the text right (<see cref="ApiText"/>).</summary>
    public static NoteResource Of(DiaryEntry e, ApiText text) => new(
        e.Id, e.CitizenId, e.Kind, Utc(e.ObservedAtUtc), e.ObservedOn, e.SubGoalId, e.ScoreValue, e.ScaleVersionId, e.ContextId, e.NoteTypeId,
        e.MissingWorkReason, [.. DiaryContent.SplitThemes(e.ThemeKeys)], text.Of(e.Text), text.Of(e.Effect), text.Of(e.CitizenExperience), text.Of(e.ActorName), e.IsInternal,
        e.AuthorName, e.CurrentVersion, e.Version, Utc(e.CreatedUtc), Utc(e.UpdatedUtc));

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}

/// <summary>What every note body has besides its text: the diary form's shared fields (one list, one set of limits).</summary>
public abstract record NoteContentInput
{
    [Description("Effekt."), MaxLength(DiaryRules.MaxShort)]
    public string? Effect { get; init; }

    [Description("Borgerens oplevelse."), MaxLength(DiaryRules.MaxShort)]
    public string? CitizenExperience { get; init; }

    [Description("Aktør (fx en pårørende), hvis ikke personalet."), MaxLength(DiaryRules.MaxName)]
    public string? ActorName { get; init; }

    [Description("Hvornår det skete (ISO 8601 med tidszone; minutter tæller). Højst 31 dage tilbage, ikke i fremtiden.")]
    public DateTimeOffset? ObservedAt { get; init; }

    [Description("Internt notat.")]
    public bool IsInternal { get; init; }
}

/// <summary>A scored sub-goal note to write (the diary page's "Delmål" form).</summary>
[Description("Et delmålsnotat med score, som dagbogens formular.")]
public sealed record SubGoalNoteInput : NoteContentInput
{
    [Description("Delmålet (et aktivt delmål i borgerens plan).")]
    public Guid? SubGoalId { get; init; }

    [Description("Trinnets værdi på delmålets skala. Udelad og sæt notScored, hvis det ikke kunne vurderes.")]
    public int? Score { get; init; }

    [Description("true = \"Ikke vurderet\": notatet har bevidst ingen score.")]
    public bool NotScored { get; init; }

    [Description("Hvad der blev gjort (påkrævet)."), MaxLength(DiaryRules.MaxText)]
    public string? Text { get; init; }
}

/// <summary>A resident-diary note to write (the diary page's "Beboerdagbog" form).</summary>
[Description("Et beboernotat, som dagbogens formular.")]
public sealed record ResidentNoteInput : NoteContentInput
{
    [Description("Konteksten (fra tilbuddets liste).")]
    public Guid? ContextId { get; init; }

    [Description("Notattypen (fra tilbuddets liste).")]
    public Guid? NoteTypeId { get; init; }

    [Description("Et delmål, notatet vedrører; påkrævet for \"Manglende arbejde med delmål\".")]
    public Guid? SubGoalId { get; init; }

    [Description("Årsagen, når notattypen er \"Manglende arbejde med delmål\".")]
    public MissingWorkReason? MissingWorkReason { get; init; }

    [Description("Planens temaer, notatet vedrører (nøgler).")]
    public IReadOnlyList<string>? ThemeKeys { get; init; }

    [Description("Notatets tekst (påkrævet)."), MaxLength(DiaryRules.MaxText)]
    public string? Text { get; init; }
}

/// <summary>A correction of a note: its whole new content and why (a new version; the earlier text stays, ADR 0006).</summary>
[Description("En rettelse: notatets nye indhold og begrundelsen. Bliver en ny version; den tidligere tekst bevares.")]
public sealed record NoteCorrectionInput : NoteContentInput
{
    [Description("Delmålet.")]
    public Guid? SubGoalId { get; init; }

    [Description("Scoren (delmålsnotat). Udelad og sæt notScored for \"Ikke vurderet\".")]
    public int? Score { get; init; }

    [Description("true = \"Ikke vurderet\" (delmålsnotat).")]
    public bool NotScored { get; init; }

    [Description("Konteksten (beboernotat).")]
    public Guid? ContextId { get; init; }

    [Description("Notattypen (beboernotat).")]
    public Guid? NoteTypeId { get; init; }

    [Description("Årsagen ved manglende arbejde med delmål.")]
    public MissingWorkReason? MissingWorkReason { get; init; }

    [Description("Planens temaer (beboernotat).")]
    public IReadOnlyList<string>? ThemeKeys { get; init; }

    [Description("Teksten."), MaxLength(DiaryRules.MaxText)]
    public string? Text { get; init; }

    [Description("Hvorfor notatet rettes (påkrævet)."), MaxLength(DiaryRules.MaxReason)]
    public string? CorrectionReason { get; init; }
}
