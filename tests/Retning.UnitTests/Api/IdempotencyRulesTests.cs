using System.Text;
using Retning.Domain.Api;

namespace Retning.UnitTests.Api;

public sealed class IdempotencyRulesTests
{
    private static byte[] Body(string json) => Encoding.UTF8.GetBytes(json);

    [Theory]
    [InlineData("3f2a9c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b", true)]
    [InlineData(" 3F2A9C1E-6B7D-4E8F-9A0B-1C2D3E4F5A6B ", true)]
    [InlineData("{3f2a9c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b}", true)]
    [InlineData("00000000-0000-0000-0000-000000000000", false)]
    [InlineData("nøgle-1", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_key_is_a_UUID(string? header, bool valid) => Assert.Equal(valid, IdempotencyRules.TryParseKey(header, out _));

    [Fact]
    public void The_same_object_serialised_differently_has_the_same_fingerprint()
    {
        var a = IdempotencyRules.Fingerprint("POST", "/api/v1/borgere/x/notater/delmaal", Body("{\"text\":\"Hej\",\"score\":2}"));
        var b = IdempotencyRules.Fingerprint("post", "/API/v1/borgere/x/notater/delmaal", Body("{ \"text\" : \"Hej\",\n  \"score\": 2 }"));
        Assert.Equal(a, b);
        Assert.Equal(64, a.Length);
    }

    [Fact]
    public void Another_body_address_or_method_is_another_fingerprint()
    {
        var first = IdempotencyRules.Fingerprint("POST", "/a", Body("{\"score\":2}"));
        Assert.NotEqual(first, IdempotencyRules.Fingerprint("POST", "/a", Body("{\"score\":3}")));
        Assert.NotEqual(first, IdempotencyRules.Fingerprint("POST", "/b", Body("{\"score\":2}")));
        Assert.NotEqual(first, IdempotencyRules.Fingerprint("PUT", "/a", Body("{\"score\":2}")));
    }

    [Fact]
    public void A_body_that_is_not_JSON_is_hashed_as_sent()
    {
        var a = IdempotencyRules.Fingerprint("POST", "/a", Body("{not json"));
        Assert.Equal(a, IdempotencyRules.Fingerprint("POST", "/a", Body("{not json")));
        Assert.NotEqual(a, IdempotencyRules.Fingerprint("POST", "/a", Body("{not json ")));
    }

    [Fact]
    public void A_repeat_is_replayed_another_request_refused_a_running_one_asked_to_wait()
    {
        Assert.Equal(IdempotencyOutcome.Replay, IdempotencyRules.Decide("f1", 201, "f1"));
        Assert.Equal(IdempotencyOutcome.Mismatch, IdempotencyRules.Decide("f1", 201, "f2"));
        Assert.Equal(IdempotencyOutcome.Mismatch, IdempotencyRules.Decide(null, null, "f1")); // a page form's key
        Assert.Equal(IdempotencyOutcome.InProgress, IdempotencyRules.Decide("f1", null, "f1"));
    }

    [Fact]
    public void Keys_live_as_long_as_the_page_forms_keys() => Assert.Equal(TimeSpan.FromHours(24), IdempotencyRules.Lifetime);
}
