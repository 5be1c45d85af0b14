using Retning.Domain.Organisation;

namespace Retning.UnitTests.Organisation;

/// <summary>Four-eyes on roles: one's own role waits for another administrator, who alone may decide it, once.</summary>
public sealed class RoleGrantRulesTests
{
    private static readonly Guid Henrik = Guid.NewGuid();
    private static readonly Guid Rasmus = Guid.NewGuid();

    [Fact]
    public void A_role_for_oneself_needs_a_second_administrator_and_one_for_another_does_not()
    {
        Assert.True(RoleGrantRules.NeedsSecondAdministrator(Henrik, Henrik));
        Assert.False(RoleGrantRules.NeedsSecondAdministrator(Rasmus, Henrik));
    }

    [Fact]
    public void Only_another_administrator_decides_and_only_while_it_waits()
    {
        var request = new RoleRequest { UserId = Henrik, RequestedById = Henrik, Role = StaffRole.CareWorker };

        Assert.False(RoleGrantRules.MayDecide(request, Henrik));
        Assert.True(RoleGrantRules.MayDecide(request, Rasmus));

        request.DecidedUtc = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
        Assert.False(RoleGrantRules.MayDecide(request, Rasmus));
    }
}
