namespace Retning.Domain.Diary;

/// <summary>The two configurable lists of the resident diary.</summary>
public enum DiaryCategoryKind
{
    Context = 1,
    NoteType = 2,
}

/// <summary>
/// A context (Hverdag, Sundhed …) or a note type (Observation, Hændelse …) an offer's resident
/// diary uses. Never deleted once used: a retired entry is made inactive, so old notes keep
/// their label. The type "Manglende arbejde med delmål" is marked <see cref="IsMissingWork"/>,
/// which makes the form require the sub-goal and a reason.
/// </summary>
public class DiaryCategory
{
    /// <summary>The longest name of a context or note type (docs/architecture.md, "Validation").</summary>
    public const int MaxName = 100;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OfferId { get; set; }
    public DiaryCategoryKind Kind { get; set; }
    public required string Name { get; set; }
    public int Order { get; set; }
    public bool IsActive { get; set; } = true;
    public bool IsMissingWork { get; set; }

    public const string MissingWorkName = "Manglende arbejde med delmål";

    public static readonly IReadOnlyList<string> DefaultContexts =
        ["Hverdag", "Skole/dagtilbud", "Sundhed", "Familie og netværk", "Fritid"];

    public static readonly IReadOnlyList<string> DefaultTypes =
        ["Observation", "Hændelse", "Samtale", "Samarbejde", MissingWorkName];

    /// <summary>The lists every offer starts with (docs/domain.md, "Diary notes and scores"); offers edit their copies.</summary>
    public static IEnumerable<DiaryCategory> Defaults(Guid offerId) =>
    [
        .. DefaultContexts.Select((name, i) => new DiaryCategory { OfferId = offerId, Kind = DiaryCategoryKind.Context, Name = name, Order = i + 1 }),
        .. DefaultTypes.Select((name, i) => new DiaryCategory
        {
            OfferId = offerId, Kind = DiaryCategoryKind.NoteType, Name = name, Order = i + 1, IsMissingWork = name == MissingWorkName,
        }),
    ];
}
