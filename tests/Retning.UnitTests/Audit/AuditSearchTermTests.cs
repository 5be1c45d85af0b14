using Retning.Domain.Audit;

namespace Retning.UnitTests.Audit;

/// <summary>A search term on its way into the audit log: CPR numbers keep only the birth date.</summary>
public sealed class AuditSearchTermTests
{
    [Theory]
    [InlineData("010203-1234", "010203-xxxx")]
    [InlineData("0102031234", "010203-xxxx")]
    [InlineData("010203 1234", "010203-xxxx")]
    [InlineData("0102031", "010203-xxxx")]
    [InlineData("Hansen 010203-1234", "Hansen 010203-xxxx")]
    [InlineData("010203", "010203")]
    [InlineData("Hansen", "Hansen")]
    [InlineData("", "")]
    public void A_CPR_number_keeps_only_its_birth_date(string typed, string stored) =>
        Assert.Equal(stored, AuditSearchTerm.Masked(typed));

    [Fact]
    public void No_term_stays_no_term() => Assert.Null(AuditSearchTerm.Masked(null));
}
