using Retning.Domain.Citizens;

namespace Retning.UnitTests.Citizens;

public sealed class PlacementsTests
{
    private static readonly Guid Maagen = Guid.NewGuid();
    private static readonly Guid Ternen = Guid.NewGuid();

    private static Citizen NewCitizen()
    {
        var citizen = new Citizen { FirstName = "Laura", LastName = "Dalsgaard", CprDigits = "1405084002", DepartmentId = Maagen, EnrolledOn = new DateOnly(2024, 1, 10) };
        citizen.Placements.Add(new DepartmentPlacement { CitizenId = citizen.Id, DepartmentId = Maagen, From = citizen.EnrolledOn });
        return citizen;
    }

    [Fact]
    public void A_move_closes_the_open_placement_the_day_before_and_opens_a_new_one()
    {
        var citizen = NewCitizen();

        Assert.Null(Placements.Move(citizen, Ternen, new DateOnly(2026, 3, 1)));

        Assert.Equal(Ternen, citizen.DepartmentId);
        Assert.Equal(2, citizen.Placements.Count);
        Assert.Equal(new DateOnly(2026, 2, 28), citizen.Placements[0].To);
        Assert.Equal(new DateOnly(2026, 3, 1), citizen.Placements[1].From);
        Assert.Null(citizen.Placements[1].To);
    }

    [Fact]
    public void Moving_to_the_same_department_is_refused()
    {
        var citizen = NewCitizen();
        Assert.NotNull(Placements.Move(citizen, Maagen, new DateOnly(2026, 3, 1)));
        Assert.Single(citizen.Placements);
    }

    [Fact]
    public void A_move_on_or_before_the_current_placement_start_is_refused()
    {
        var citizen = NewCitizen();
        Assert.NotNull(Placements.Move(citizen, Ternen, new DateOnly(2024, 1, 10)));
        Assert.Equal(Maagen, citizen.DepartmentId);
        Assert.Null(citizen.Placements[0].To);
    }
}
