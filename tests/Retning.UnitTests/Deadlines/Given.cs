using Microsoft.Extensions.Time.Testing;
using Retning.Domain.Deadlines;
using Retning.Domain.Organisation;
using Engine = Retning.Domain.Deadlines.Deadlines;

namespace Retning.UnitTests.Deadlines;

/// <summary>Small builders for the deadline tests (the namespace Retning.UnitTests.Deadlines hides the engine's class name, hence the alias).</summary>
internal static class Given
{
    public static readonly Guid CitizenId = Guid.Parse("6f0c3a57-0000-4000-8000-000000000001");

    public static DeadlineSettings Children { get; } = new(Area.Children);
    public static DeadlineSettings Adults { get; } = new(Area.Adults);

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    /// <summary>A child (born 1 June 2015) or, with a birth date, anyone, enrolled on the day given.</summary>
    public static DeadlineInput Citizen(DateOnly enrolledOn, DateOnly? birthDate = null, DateOnly? dischargedOn = null) =>
        new(new CitizenFacts(CitizenId, birthDate ?? D(2015, 6, 1), enrolledOn, dischargedOn));

    public static IReadOnlyList<Deadline> On(DeadlineInput input, DateOnly today, DeadlineSettings? settings = null) =>
        Engine.For(input, settings ?? Children, today);

    public static Deadline Open(IReadOnlyList<Deadline> list, DeadlineKind kind) =>
        Assert.Single(list, d => d.Kind == kind && !d.IsDone);

    public static Deadline Done(IReadOnlyList<Deadline> list, DeadlineKind kind) =>
        Assert.Single(list, d => d.Kind == kind && d.IsDone);

    public static FakeTimeProvider ClockAt(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    public static DateOnly Today(this FakeTimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
