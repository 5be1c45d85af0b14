using Retning.Data.Demo;
using Retning.Domain.Citizens;
using Retning.Domain.Diary;
using Retning.Domain.Plans;

namespace Retning.Data.Synthetic;

/// <summary>
/// One citizen being generated: the draws, the department and staff, the days that may hold data (from
/// <see cref="DataStart"/> up to and including <see cref="DataEnd"/>, always within the enrolment) and the rows made so far.
/// </summary>
internal sealed class CitizenContext(SyntheticRandom rng, Citizen citizen, SyntheticDepartment department, BulkBatch rows, bool male)
{
    private static readonly TimeZoneInfo DanishZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public SyntheticRandom Rng { get; } = rng;
    public Citizen Citizen { get; } = citizen;
    public SyntheticDepartment Department { get; } = department;
    public SyntheticOffer Offer => Department.Offer;
    public BulkBatch Rows { get; } = rows;
    public DemoPerson Person { get; } = new(citizen.FirstName, male);

    /// <summary>The first day with data: the later of enrolment and the generated period's start.</summary>
    public DateOnly DataStart { get; set; }

    /// <summary>The last day with data: the day before discharge, or the generated period's end.</summary>
    public DateOnly DataEnd { get; set; }

    public List<SyntheticAuthor> Team { get; } = [];
    public Plan Plan { get; set; } = null!;

    /// <summary>The day the plan was made: no goal starts before it.</summary>
    public DateOnly PlanMadeOn { get; set; }
    public TemplateVersion Template { get; set; } = null!;
    public List<Purpose> Purposes { get; } = [];

    /// <summary>The plan is written on the template of the citizen's age when it was made (docs/domain.md, "The individual plan").</summary>
    public bool IsIcs => Template.Id == Offer.Ics.Id;

    public string Fill(string text) => DemoPhrases.Fill(text, Person);

    /// <summary>The contact team writes most notes, the department's other care workers the rest.</summary>
    public SyntheticAuthor Author() => Rng.Chance(0.75) ? Rng.Pick(Team) : Rng.Pick(Department.CareWorkers);

    public Guid Category(DiaryCategoryKind kind, string name) =>
        Offer.Categories.FirstOrDefault(c => c.Kind == kind && c.Name == name)?.Id ?? Offer.Categories.First(c => c.Kind == kind && !c.IsMissingWork).Id;

    /// <summary>A Danish wall-clock time on a day, in UTC (day hours only, so never the skipped DST hour).</summary>
    public static DateTime ToUtc(DateOnly day, int hour, int minute) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Unspecified), DanishZone);

    public static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    public static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
