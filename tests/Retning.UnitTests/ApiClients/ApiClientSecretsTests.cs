using Retning.Domain.ApiClients;

namespace Retning.UnitTests.ApiClients;

/// <summary>The secret is stored only as a salted hash and checked in constant time (docs/adr/0017, "Secrets").</summary>
public sealed class ApiClientSecretsTests
{
    [Fact]
    public void A_secret_verifies_against_its_hash_and_nothing_else_does()
    {
        var secret = ApiClientSecrets.NewSecret();
        var hash = ApiClientSecrets.Hash(secret);

        Assert.True(ApiClientSecrets.Verify(secret, hash));
        Assert.False(ApiClientSecrets.Verify(secret + "a", hash));
        Assert.False(ApiClientSecrets.Verify(secret[..^1], hash));
        Assert.False(ApiClientSecrets.Verify(ApiClientSecrets.NewSecret(), hash));
        Assert.False(ApiClientSecrets.Verify("", hash));
        Assert.False(ApiClientSecrets.Verify(null, hash));
    }

    [Fact]
    public void The_hash_holds_no_trace_of_the_secret_and_is_salted()
    {
        var secret = ApiClientSecrets.NewSecret();

        var first = ApiClientSecrets.Hash(secret);
        var second = ApiClientSecrets.Hash(secret);

        Assert.DoesNotContain(secret, first, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
        Assert.StartsWith("sha256$", first, StringComparison.Ordinal);
        Assert.True(ApiClientSecrets.Verify(secret, second));
    }

    [Theory]
    [InlineData("")]
    [InlineData("sha256")]
    [InlineData("sha256$$")]
    [InlineData("sha256$ikke-base64$00")]
    [InlineData("md5$AAAA$00")]
    [InlineData("sha256$AAAAAAAAAAAAAAAAAAAAAA==$zz")]
    public void A_damaged_stored_hash_never_verifies(string stored) =>
        Assert.False(ApiClientSecrets.Verify("hemmelighed", stored));

    [Fact]
    public void Secrets_carry_256_bits_and_client_ids_are_short_and_distinct()
    {
        var secrets = Enumerable.Range(0, 50).Select(_ => ApiClientSecrets.NewSecret()).ToList();
        var ids = Enumerable.Range(0, 50).Select(_ => ApiClientSecrets.NewClientId()).ToList();

        Assert.All(secrets, s => Assert.Equal(43, s.Length));
        Assert.All(secrets, s => Assert.Matches("^[A-Za-z0-9_-]+$", s));
        Assert.Equal(50, secrets.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^rk-[0-9a-f]{16}$", id));
        Assert.Equal(50, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void An_overlong_secret_is_refused_before_hashing() =>
        Assert.False(ApiClientSecrets.Verify(new string('a', 201), ApiClientSecrets.Hash(new string('a', 201))));
}
