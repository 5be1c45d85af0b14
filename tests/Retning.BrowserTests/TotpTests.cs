using System.Text;
using Retning.Testing;

namespace Retning.BrowserTests;

/// <summary>Retning.Testing's Totp, which plays the authenticator app in the two-factor test, against RFC 6238's own test vectors.</summary>
public sealed class TotpTests
{
    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1234567890L, "005924")]
    [InlineData(20000000000L, "353130")]
    public void Computes_the_RFC_6238_SHA1_codes(long unixSeconds, string expected)
    {
        // RFC 6238 appendix B: the ASCII key "12345678901234567890"; the last six of the eight-digit codes.
        var key = Encoding.ASCII.GetBytes("12345678901234567890");
        Assert.Equal(expected, Totp.CodeForStep(key, unixSeconds / Totp.StepSeconds));
    }

    [Fact]
    public void Reads_a_base32_key_as_the_set_up_page_shows_it()
    {
        // "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ" is the base32 of the same ASCII key, shown in lower-case groups of four.
        var shown = "gezd gnbv gy3t qojq gezd gnbv gy3t qojq";
        Assert.Equal("12345678901234567890", Encoding.ASCII.GetString(Totp.FromBase32(shown)));
        Assert.Equal("287082", Totp.Code(shown, DateTimeOffset.FromUnixTimeSeconds(59)));
    }
}
