using Retning.Domain.Organisation;

namespace Retning.Domain.Diary;

/// <summary>
/// The rules of the diaries: when an observation may be dated, who may correct a note and read
/// its earlier versions, and how a correction and a "wrong citizen" mark are made. A note is
/// never edited in place and never deleted (docs/adr/0006-diary-notes-and-versions.md; docs/domain.md, "Diary notes and scores").
/// </summary>
public static class DiaryRules
{
    // The longest text of each field: the form refuses more (TextLimitAttribute), the column holds no more (docs/architecture.md, "Validation").
    public const int MaxText = 8000;
    public const int MaxShort = TextLimits.Paragraph;
    public const int MaxName = TextLimits.Name;
    public const int MaxReason = 1000;

    /// <summary>The note's words for search: text, effect, experience and actor with separators.</summary>
    public const int MaxSearchText = TextLimits.LongText;

    /// <summary>How far back a note may be dated: late documentation is allowed, within a month.</summary>
    public const int MaxDaysBack = 31;

    /// <summary>Clocks on tablets drift a little; a few minutes ahead is not "the future".</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    /// <summary>A Danish message when the observation time cannot be right; null when it can.</summary>
    public static string? ObservationTimeProblem(DateTime observedUtc, DateTime nowUtc)
    {
        if (observedUtc > nowUtc + FutureTolerance)
        {
            return "Tidspunktet ligger i fremtiden. Skriv, hvornår det skete.";
        }

        if (observedUtc < nowUtc.AddDays(-MaxDaysBack))
        {
            return $"Et notat kan højst dateres {MaxDaysBack} dage tilbage. Tal med din leder, hvis noget ældre skal dokumenteres.";
        }

        return null;
    }

    /// <summary>Care workers and leaders write notes; a quality officer reads them.</summary>
    public static bool CanWrite(IReadOnlySet<StaffRole> roles) => roles.Contains(StaffRole.CareWorker) || IsLeader(roles);

    /// <summary>The author and the leaders correct a note (docs/domain.md, "Diary notes and scores").</summary>
    public static bool CanCorrect(bool isAuthor, IReadOnlySet<StaffRole> roles) => (isAuthor && CanWrite(roles)) || IsLeader(roles);

    /// <summary>Only a leader marks a note as written on the wrong citizen.</summary>
    public static bool CanMarkWrongCitizen(IReadOnlySet<StaffRole> roles) => IsLeader(roles);

    /// <summary>
    /// Earlier versions are readable to the author, the leaders and the quality officer —
    /// colleagues see the current text and that it was corrected, not what was taken back.
    /// </summary>
    public static bool CanReadEarlierVersions(bool isAuthor, IReadOnlySet<StaffRole> roles) =>
        isAuthor || IsLeader(roles) || roles.Contains(StaffRole.QualityOfficer);

    /// <summary>A new note with its first version.</summary>
    public static DiaryEntry Write(Guid citizenId, DiaryKind kind, IDiaryContent content, Guid authorId, string authorName, DateTime nowUtc)
    {
        var entry = new DiaryEntry { CitizenId = citizenId, Kind = kind, AuthorId = authorId, AuthorName = authorName, Text = content.Text };
        DiaryContent.Copy(content, entry);
        entry.Versions.Add(NewVersion(entry.Id, 1, content, authorId, authorName, null, nowUtc));
        return entry;
    }

    /// <summary>
    /// Corrects a note: the new content becomes version n+1 and the note's current content;
    /// every earlier version stays as written. Returns null and changes nothing when the
    /// correction cannot be made, with the reason in <paramref name="problem"/>.
    /// </summary>
    public static DiaryEntryVersion? Correct(DiaryEntry entry, IDiaryContent content, Guid byId, string byName, string? reason, DateTime nowUtc, out string? problem)
    {
        problem = entry.IsMarkedWrongCitizen ? "Notatet er markeret som skrevet på en forkert borger og kan ikke rettes."
            : string.IsNullOrWhiteSpace(reason) ? "Skriv, hvorfor notatet rettes."
            : SameContent(entry, content) ? "Rettelsen ændrer ikke noget i notatet."
            : null;
        if (problem is not null)
        {
            return null;
        }

        var version = NewVersion(entry.Id, entry.CurrentVersion + 1, content, byId, byName, reason!.Trim(), nowUtc);
        entry.Versions.Add(version);
        entry.CurrentVersion = version.Number;
        DiaryContent.Copy(content, entry);
        return version;
    }

    /// <summary>Hides the note from the citizen's views; it stays in the database and the audit trail.</summary>
    public static string? MarkWrongCitizen(DiaryEntry entry, string byName, string? reason, DateTime nowUtc)
    {
        if (entry.IsMarkedWrongCitizen)
        {
            return "Notatet er allerede markeret som skrevet på en forkert borger.";
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return "Skriv, hvorfor notatet er skrevet på en forkert borger.";
        }

        entry.WrongCitizenMarkedUtc = nowUtc;
        entry.WrongCitizenMarkedBy = byName;
        entry.WrongCitizenReason = reason.Trim();
        return null;
    }

    public static bool SameContent(IDiaryContent a, IDiaryContent b) =>
        a.ObservedAtUtc == b.ObservedAtUtc && a.SubGoalId == b.SubGoalId && a.ContextId == b.ContextId
        && a.NoteTypeId == b.NoteTypeId && a.ThemeKeys == b.ThemeKeys && a.Text == b.Text && a.Effect == b.Effect
        && a.CitizenExperience == b.CitizenExperience && a.ActorName == b.ActorName && a.ScoreValue == b.ScoreValue
        && a.ScaleVersionId == b.ScaleVersionId && a.MissingWorkReason == b.MissingWorkReason && a.IsInternal == b.IsInternal;

    private static bool IsLeader(IReadOnlySet<StaffRole> roles) =>
        roles.Contains(StaffRole.DepartmentHead) || roles.Contains(StaffRole.OfferHead);

    private static DiaryEntryVersion NewVersion(Guid entryId, int number, IDiaryContent content, Guid byId, string byName, string? reason, DateTime nowUtc)
    {
        var version = new DiaryEntryVersion
        {
            EntryId = entryId, Number = number, WrittenUtc = nowUtc, WrittenById = byId, WrittenByName = byName,
            CorrectionReason = reason, Text = content.Text,
        };
        DiaryContent.Copy(content, version);
        return version;
    }
}
