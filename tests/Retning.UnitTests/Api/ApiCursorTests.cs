using Retning.Domain.Api;

namespace Retning.UnitTests.Api;

public sealed class ApiCursorTests
{
    [Fact]
    public void A_cursor_reads_back_as_written()
    {
        var id = Guid.Parse("5b1c0c7e-2f41-4d0e-9a55-0c8d1f2e3a4b");
        var token = new ApiCursor(ApiCursorKind.Citizens, id).Encode();

        Assert.True(ApiCursor.TryDecode(token, ApiCursorKind.Citizens, out var cursor));
        Assert.Equal(new ApiCursor(ApiCursorKind.Citizens, id), cursor);
        Assert.Equal(24, token.Length);
        Assert.All(token, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));
    }

    [Fact]
    public void A_cursor_of_another_list_is_refused()
    {
        var token = new ApiCursor(ApiCursorKind.Notes, Guid.NewGuid()).Encode();
        Assert.False(ApiCursor.TryDecode(token, ApiCursorKind.Citizens, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAA")] // the right length, not a cursor (format byte 0)
    [InlineData("AQEAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("AQEAAAAAAAAAAAAAAAAAAA+/")]
    public void Anything_else_is_no_cursor(string? token) =>
        Assert.False(ApiCursor.TryDecode(token, ApiCursorKind.Citizens, out _));

    [Fact]
    public void The_cursor_holds_the_id_only()
    {
        var id = Guid.NewGuid();
        var bytes = System.Buffers.Text.Base64Url.DecodeFromChars(new ApiCursor(ApiCursorKind.Notes, id).Encode());
        Assert.Equal(18, bytes.Length);
        Assert.Equal(id, new Guid(bytes.AsSpan(2)));
    }
}
