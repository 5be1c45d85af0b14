using Retning.Domain.Citizens;

namespace Retning.UnitTests.Citizens;

public sealed class CprTests
{
    [Theory]
    [InlineData("010203-1234", 1903, 2, 1)]   // 7th digit 1 → 1900s
    [InlineData("0102031234", 1903, 2, 1)]    // without dash
    [InlineData(" 010203 1234 ", 1903, 2, 1)] // spaces are forgiven
    [InlineData("150612-4321", 2012, 6, 15)]  // 7th digit 4, year ≤ 36 → 2000s
    [InlineData("150650-4321", 1950, 6, 15)]  // 7th digit 4, year ≥ 37 → 1900s
    [InlineData("010120-9999", 2020, 1, 1)]   // 7th digit 9, year ≤ 36 → 2000s
    [InlineData("010190-9999", 1990, 1, 1)]   // 7th digit 9, year ≥ 37 → 1900s
    [InlineData("010157-5000", 2057, 1, 1)]   // 7th digit 5–8, year ≤ 57 → 2000s
    [InlineData("010158-5000", 1858, 1, 1)]   // 7th digit 5–8, year ≥ 58 → 1800s
    [InlineData("290200-4000", 2000, 2, 29)]  // leap day in a leap year
    public void Parses_valid_numbers_with_the_century_rule(string input, int year, int month, int day)
    {
        Assert.True(Cpr.TryParse(input, out var cpr, out var error), error);
        Assert.Equal(new DateOnly(year, month, day), cpr.BirthDate);
        Assert.Equal(10, cpr.Digits.Length);
    }

    [Theory]
    [InlineData("", "Indtast CPR-nummer.")]
    [InlineData(null, "Indtast CPR-nummer.")]
    [InlineData("01020312", "CPR-nummer skal have 10 cifre, fx 010203-1234.")]
    [InlineData("010203-12345", "CPR-nummer skal have 10 cifre, fx 010203-1234.")]
    [InlineData("01O203-1234", "CPR-nummer skal have 10 cifre, fx 010203-1234.")]
    [InlineData("320103-1234", "De første 6 cifre i CPR-nummeret er ikke en gyldig dato (DDMMÅÅ).")]
    [InlineData("011303-1234", "De første 6 cifre i CPR-nummeret er ikke en gyldig dato (DDMMÅÅ).")]
    [InlineData("300201-1234", "De første 6 cifre i CPR-nummeret er ikke en gyldig dato (DDMMÅÅ).")]
    [InlineData("290201-4000", "De første 6 cifre i CPR-nummeret er ikke en gyldig dato (DDMMÅÅ).")]  // 2001 is no leap year
    [InlineData("000103-1234", "De første 6 cifre i CPR-nummeret er ikke en gyldig dato (DDMMÅÅ).")]
    public void Rejects_invalid_numbers_with_a_Danish_reason(string? input, string expected)
    {
        Assert.False(Cpr.TryParse(input, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Masks_the_last_four_digits()
    {
        var cpr = Cpr.Parse("010203-1234");
        Assert.Equal("010203-xxxx", cpr.Masked);
        Assert.Equal("010203-xxxx", cpr.ToString());
        Assert.Equal("010203-1234", cpr.Formatted);
        Assert.Equal("xxxxxx-xxxx", Cpr.Mask("123"));
    }
}
