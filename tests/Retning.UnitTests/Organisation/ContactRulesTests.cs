using Retning.Domain.Common;
using Retning.Domain.Organisation;

namespace Retning.UnitTests.Organisation;

/// <summary>The offer's address and phone for the status's sender block: optional, but usable when given.</summary>
public sealed class ContactRulesTests
{
    [Theory]
    [InlineData("86123456")]
    [InlineData("86 12 34 56")]
    [InlineData("8612 3456")]
    [InlineData("86-12-34-56")]
    [InlineData("+45 86 12 34 56")]
    [InlineData("+4586123456")]
    [InlineData("0045 86 12 34 56")]
    [InlineData(" 86 12 34 56 ")]
    public void A_danish_number_of_eight_digits_is_accepted(string phone)
    {
        Assert.True(ContactRules.IsDanishPhone(phone));
        Assert.Empty(ContactRules.Check("Solsikkevej 12, 8230 Åbyhøj", phone));
    }

    [Theory]
    [InlineData("8612345")]
    [InlineData("861234567")]
    [InlineData("+46 86 12 34 56")]
    [InlineData("86 12 34 5a")]
    [InlineData("tlf. 86 12 34 56")]
    [InlineData("86  12 34 56")]
    public void Anything_else_gets_a_danish_message_at_the_phone_field(string phone)
    {
        var error = Assert.Single(ContactRules.Check(null, phone));
        Assert.Equal(new FieldError("Phone", "Skriv et dansk telefonnummer med 8 cifre, fx 86 12 34 56 eller +45 86 12 34 56."), error);
        Assert.Equal(error.Message, ContactRules.CheckPhone(phone));
    }

    [Fact]
    public void Both_may_be_left_empty() => Assert.Empty(ContactRules.Check(null, "  "));

    [Fact]
    public void An_address_longer_than_its_column_is_refused()
    {
        Assert.Empty(ContactRules.Check(new string('a', ContactRules.AddressMaxLength), null));
        Assert.Equal("Address", Assert.Single(ContactRules.Check(new string('a', ContactRules.AddressMaxLength + 1), null)).Field);
    }
}
