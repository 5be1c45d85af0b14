using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Retning.Domain.Diary;

namespace Retning.Web.Api.Diary;

/// <summary>A diary note as the API returns it: the current content (docs/adr/0006); the ETag is the note's version.</summary>
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
    [property: Description("Hvad der blev gjort / notatets tekst.")] string Text,
    [property: Description("Effekt.")] string? Effect,
    [property: Description("Borgerens oplevelse.")] string? CitizenExperience,
    [property: Description("Aktør (fx en pårørende), hvis ikke personalet.")] string? ActorName,
    [property: Description("Internt notat (vises ikke ved aktindsigt uden vurdering).")] bool IsInternal,
    [property: Description("Forfatterens navn.")] string AuthorName,
    [property: Description("Nummeret på den gældende version (1 = aldrig rettet).")] int CurrentVersion,
    [property: Description("Samtidighedsversion (samme værdi som ETag'en).")] int Version,
    [property: Description("Hvornår notatet blev skrevet (UTC).")] DateTime CreatedAt,
    [property: Description("Hvornår notatet sidst blev ændret (UTC); det changedSince sammenlignes med.")] DateTime UpdatedAt)
{
    public static NoteResource Of(DiaryEntry e) => new(
        e.Id, e.CitizenId, e.Kind, Utc(e.ObservedAtUtc), e.ObservedOn, e.SubGoalId, e.ScoreValue, e.ScaleVersionId, e.ContextId, e.NoteTypeId,
        e.MissingWorkReason, [.. DiaryContent.SplitThemes(e.ThemeKeys)], e.Text, e.Effect, e.CitizenExperience, e.ActorName, e.IsInternal,
        e.AuthorName, e.CurrentVersion, e.Version, Utc(e.CreatedUtc), Utc(e.UpdatedUtc));

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}

/// <summary>A scored sub-goal note to write (the diary page's "Delmål" form).</summary>
public sealed record SubGoalNoteInput(
    [property: Description("Delmålet (et aktivt delmål i borgerens plan).")] Guid? SubGoalId,
    [property: Description("Trinnets værdi på delmålets skala. Udelad og sæt notScored, hvis det ikke kunne vurderes.")] int? Score,
    [property: Description("true = \"Ikke vurderet\": notatet har bevidst ingen score.")] bool NotScored,
    [property: Description("Hvad der blev gjort (påkrævet).")][property: MaxLength(DiaryRules.MaxText)] string? Text,
    [property: Description("Effekt.")][property: MaxLength(DiaryRules.MaxShort)] string? Effect,
    [property: Description("Borgerens oplevelse.")][property: MaxLength(DiaryRules.MaxShort)] string? CitizenExperience,
    [property: Description("Aktør, hvis ikke personalet.")][property: MaxLength(DiaryRules.MaxName)] string? ActorName,
    [property: Description("Hvornår det skete (ISO 8601 med tidszone; minutter tæller). Højst 31 dage tilbage, ikke i fremtiden.")] DateTimeOffset? ObservedAt,
    [property: Description("Internt notat.")] bool IsInternal);

/// <summary>A resident-diary note to write (the diary page's "Beboerdagbog" form).</summary>
public sealed record ResidentNoteInput(
    [property: Description("Konteksten (fra tilbuddets liste).")] Guid? ContextId,
    [property: Description("Notattypen (fra tilbuddets liste).")] Guid? NoteTypeId,
    [property: Description("Et delmål, notatet vedrører; påkrævet for \"Manglende arbejde med delmål\".")] Guid? SubGoalId,
    [property: Description("Årsagen, når notattypen er \"Manglende arbejde med delmål\".")] MissingWorkReason? MissingWorkReason,
    [property: Description("Planens temaer, notatet vedrører (nøgler).")] IReadOnlyList<string>? ThemeKeys,
    [property: Description("Notatets tekst (påkrævet).")][property: MaxLength(DiaryRules.MaxText)] string? Text,
    [property: Description("Effekt.")][property: MaxLength(DiaryRules.MaxShort)] string? Effect,
    [property: Description("Borgerens oplevelse.")][property: MaxLength(DiaryRules.MaxShort)] string? CitizenExperience,
    [property: Description("Aktør, hvis ikke personalet.")][property: MaxLength(DiaryRules.MaxName)] string? ActorName,
    [property: Description("Hvornår det skete (ISO 8601 med tidszone). Højst 31 dage tilbage, ikke i fremtiden.")] DateTimeOffset? ObservedAt,
    [property: Description("Internt notat.")] bool IsInternal);

/// <summary>A correction of a note: its whole new content and why (a new version; the earlier text stays, ADR 0006).</summary>
public sealed record NoteCorrectionInput(
    [property: Description("Delmålet.")] Guid? SubGoalId,
    [property: Description("Scoren (delmålsnotat); udelad og sæt notScored for \"Ikke vurderet\".")] int? Score,
    [property: Description("true = \"Ikke vurderet\" (delmålsnotat).")] bool NotScored,
    [property: Description("Konteksten (beboernotat).")] Guid? ContextId,
    [property: Description("Notattypen (beboernotat).")] Guid? NoteTypeId,
    [property: Description("Årsagen ved manglende arbejde med delmål.")] MissingWorkReason? MissingWorkReason,
    [property: Description("Planens temaer (beboernotat).")] IReadOnlyList<string>? ThemeKeys,
    [property: Description("Teksten.")][property: MaxLength(DiaryRules.MaxText)] string? Text,
    [property: Description("Effekt.")][property: MaxLength(DiaryRules.MaxShort)] string? Effect,
    [property: Description("Borgerens oplevelse.")][property: MaxLength(DiaryRules.MaxShort)] string? CitizenExperience,
    [property: Description("Aktør.")][property: MaxLength(DiaryRules.MaxName)] string? ActorName,
    [property: Description("Hvornår det skete (ISO 8601 med tidszone).")] DateTimeOffset? ObservedAt,
    [property: Description("Internt notat.")] bool IsInternal,
    [property: Description("Hvorfor notatet rettes (påkrævet).")][property: MaxLength(DiaryRules.MaxReason)] string? CorrectionReason);
