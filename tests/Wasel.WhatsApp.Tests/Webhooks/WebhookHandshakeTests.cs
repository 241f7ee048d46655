using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Wasel.WhatsApp.Webhooks;

namespace Wasel.WhatsApp.Tests.Webhooks;

public class WebhookHandshakeTests
{
    private const string Token = "wasel-verify-7f3a";

    [Fact]
    public void Echoes_the_challenge_when_mode_and_token_match()
    {
        var result = WebhookHandshake.Verify("subscribe", Token, "1158201444", Token);

        Assert.True(result.IsAccepted);
        Assert.Equal("1158201444", result.Challenge);
        Assert.Null(result.Rejection);
    }

    [Theory]
    [InlineData("wasel-verify-7f3b")]
    [InlineData("wasel-verify-7f3")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_a_wrong_or_missing_token(string? given)
    {
        var result = WebhookHandshake.Verify("subscribe", given, "1158201444", Token);

        Assert.False(result.IsAccepted);
        Assert.Equal(HandshakeRejection.TokenMismatch, result.Rejection);
        Assert.Null(result.Challenge);
    }

    [Theory]
    [InlineData("unsubscribe")]
    [InlineData("Subscribe")]
    [InlineData(null)]
    public void Rejects_a_mode_other_than_subscribe(string? mode)
    {
        var result = WebhookHandshake.Verify(mode, Token, "1158201444", Token);

        Assert.Equal(HandshakeRejection.WrongMode, result.Rejection);
        Assert.Null(result.Challenge);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Rejects_a_missing_challenge(string? challenge)
    {
        var result = WebhookHandshake.Verify("subscribe", Token, challenge, Token);

        Assert.Equal(HandshakeRejection.MissingChallenge, result.Rejection);
        Assert.Contains("hub.challenge", result.Reason);
    }

    [Fact]
    public void Rejects_everything_when_no_token_is_configured()
    {
        var result = WebhookHandshake.Verify("subscribe", "", "1158201444", "");

        Assert.Equal(HandshakeRejection.NoTokenConfigured, result.Rejection);
    }

    [Fact]
    public void Reads_the_hub_parameters_from_a_query_string()
    {
        var query = new QueryCollection(new Dictionary<string, StringValues>
        {
            ["hub.mode"] = "subscribe",
            ["hub.verify_token"] = Token,
            ["hub.challenge"] = "987654321",
        });

        Assert.Equal("987654321", WebhookHandshake.Verify(query, Token).Challenge);
    }
}
