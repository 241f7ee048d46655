using Wasel.Conversations;

namespace Wasel.Tests.Conversations;

public class MessageTextTests
{
    [Theory]
    [InlineData("""{"from":"9665","id":"wamid.1","type":"text","text":{"body":"Hello there"}}""", "Hello there")]
    [InlineData("""{"type":"document","document":{"id":"m1","mime_type":"application/pdf","filename":"quote.pdf","caption":"Our quote"}}""", "quote.pdf\nOur quote")]
    [InlineData("""{"type":"button","button":{"payload":"YES_PAYLOAD","text":"Yes please"}}""", "Yes please")]
    [InlineData("""{"type":"interactive","interactive":{"type":"list_reply","list_reply":{"id":"r1","title":"Olaya","description":"Riyadh"}}}""", "Olaya\nRiyadh")]
    [InlineData("""{"type":"interactive","interactive":{"type":"button","header":{"type":"text","text":"Your order"},"body":{"text":"Ship it?"},"footer":{"text":"Reply below"},"action":{"buttons":[{"type":"reply","reply":{"id":"y","title":"Yes"}}]}}}""", "Your order\nShip it?\nReply below\nYes")]
    [InlineData("""{"type":"contacts","contacts":[{"name":{"formatted_name":"Sara Haddad","first_name":"Sara"},"phones":[{"phone":"+966500000000"}]}]}""", "Sara Haddad")]
    [InlineData("""{"type":"reaction","reaction":{"message_id":"wamid.2","emoji":"👍"}}""", null)]
    [InlineData("""{"type":"unsupported","errors":[{"code":131051,"title":"Message type unknown"}]}""", null)]
    [InlineData("not json", null)]
    public void Keeps_the_words_and_leaves_keys_ids_and_links(string content, string? text) =>
        Assert.Equal(text, MessageText.Of(content));

    [Fact]
    public void Skips_the_quoted_message_and_the_ad_the_customer_came_from()
    {
        const string content = """
            {"context":{"from":"9665","id":"wamid.0"},"referral":{"headline":"Sale","body":"Half price dates"},"type":"text","text":{"body":"Still on?"}}
            """;
        Assert.Equal("Still on?", MessageText.Of(content));
    }

    [Fact]
    public void Follows_the_content_whenever_it_is_set()
    {
        var message = new Message { Type = "text", Content = """{"type":"text","text":{"body":"أهلاً"}}""" };
        Assert.Equal("أهلاً", message.Text);
        message.Content = """{"type":"text","text":{"body":"\u0634\u0643\u0631\u0627"}}""";
        Assert.Equal("شكرا", message.Text);
    }
}
