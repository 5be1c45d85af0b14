using Microsoft.Extensions.Time.Testing;
using Retning.Domain.ApiClients;

namespace Retning.UnitTests.ApiClients;

/// <summary>When a client may call, and the administrator form's rules (docs/adr/0017).</summary>
public sealed class ApiClientRulesTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private static DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public void A_client_is_active_through_its_expiry_date_and_expired_the_day_after()
    {
        Assert.Equal(ApiClientState.Active, ApiClientRules.StateOn(null, Today, Today));
        Assert.Equal(ApiClientState.Active, ApiClientRules.StateOn(null, Today.AddDays(1), Today));
        Assert.Equal(ApiClientState.Expired, ApiClientRules.StateOn(null, Today.AddDays(-1), Today));
    }

    [Fact]
    public void Revoked_wins_over_active_and_expired()
    {
        var revoked = Clock.GetUtcNow().UtcDateTime;
        Assert.Equal(ApiClientState.Revoked, ApiClientRules.StateOn(revoked, Today.AddYears(1), Today));
        Assert.Equal(ApiClientState.Revoked, ApiClientRules.StateOn(revoked, Today.AddDays(-5), Today));
        Assert.Equal("Tilbagekaldt", ApiClientState.Revoked.Danish());
    }

    [Fact]
    public void A_valid_form_has_no_errors()
    {
        Assert.Empty(ApiClientRules.Check("Sagssystem", 1, ApiRights.Read, Today.AddMonths(6), Today));
        Assert.Empty(ApiClientRules.Check("Sagssystem", 2, ApiRights.Read | ApiRights.Write, Today.AddYears(ApiClientRules.MaxYears), Today));
    }

    /// <summary>Every API call needs the read right (the v1 group's policy), so a client without it could call nothing.</summary>
    [Theory]
    [InlineData(ApiRights.Write)]
    [InlineData(ApiRights.Text)]
    [InlineData(ApiRights.Write | ApiRights.Text)]
    public void A_client_without_the_read_right_is_refused(ApiRights rights) =>
        Assert.Equal(ApiClientRules.ReadRightRequired, Assert.Single(ApiClientRules.Check("Sagssystem", 1, rights, Today.AddMonths(6), Today)).Message);

    [Fact]
    public void Each_missing_or_wrong_field_gets_its_Danish_message()
    {
        var errors = ApiClientRules.Check(" ", 0, ApiRights.Text, null, Today);

        Assert.Equal(["Name", "DepartmentIds", "Rights", "ExpiresOn"], errors.Select(e => e.Field));
        Assert.Equal(ApiClientRules.ReadRightRequired, errors[2].Message);
    }

    [Fact]
    public void The_expiry_lies_between_today_and_two_years_ahead()
    {
        Assert.Equal("Udløbsdatoen skal være i dag eller senere.",
            Assert.Single(ApiClientRules.Check("A", 1, ApiRights.Read, Today.AddDays(-1), Today)).Message);
        Assert.Contains("højst gælde 2 år", Assert.Single(ApiClientRules.Check("A", 1, ApiRights.Read, Today.AddYears(2).AddDays(1), Today)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rights_read_in_Danish() =>
        Assert.Equal(("læse, skrive, fritekst", "ingen"), ((ApiRights.Read | ApiRights.Write | ApiRights.Text).Danish(), ApiRights.None.Danish()));
}
