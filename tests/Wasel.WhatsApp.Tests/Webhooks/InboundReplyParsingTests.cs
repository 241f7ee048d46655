using Wasel.WhatsApp.Webhooks;

namespace Wasel.WhatsApp.Tests.Webhooks;

public class InboundReplyParsingTests
{
    private const string RepliedTo = "wamid.HBgMOTY2NTAxMjM0NTY3FQIAERgSQzFBMjM0NTY3ODkwQUJDREVGAA==";

    [Fact]
    public void Reads_reaction_with_emoji()
    {
        var reaction = Fixture.Single<InboundMessage>("reaction.json").Reaction!;

        Assert.Equal("👍", reaction.Emoji);
        Assert.Equal("wamid.HBgMOTY2NTAxMjM0NTY3FQIAERgSQkE0RTcxMDJGQzk4NTBBMTIA", reaction.MessageId);
        Assert.False(reaction.IsRemoval);
    }

    [Fact]
    public void Reads_empty_emoji_as_reaction_removal()
    {
        var reaction = Fixture.Single<InboundMessage>("reaction-removed.json").Reaction!;

        Assert.True(reaction.IsRemoval);
        Assert.Equal("", reaction.Emoji);
    }

    [Fact]
    public void Reads_reply_button_tap_with_its_context()
    {
        var message = Fixture.Single<InboundMessage>("interactive-button-reply.json");

        Assert.Equal(InboundMessageKind.Interactive, message.Kind);
        Assert.Equal("button_reply", message.Interactive!.Type);
        Assert.Equal("confirm-order", message.Interactive.ButtonReply!.Id);
        Assert.Equal("تأكيد", message.Interactive.ButtonReply.Title);
        Assert.Equal(RepliedTo, message.Context!.Id);
        Assert.Equal("966115550100", message.Context.From);
    }

    [Fact]
    public void Reads_list_row_choice()
    {
        var reply = Fixture.Single<InboundMessage>("interactive-list-reply.json").Interactive!.ListReply!;

        Assert.Equal("delivery_express", reply.Id);
        Assert.Equal("Express", reply.Title);
        Assert.Equal("Tomorrow before noon", reply.Description);
    }

    [Fact]
    public void Keeps_flow_response_json_raw_and_parsed()
    {
        var flow = Fixture.Single<InboundMessage>("interactive-nfm-reply.json").Interactive!.NfmReply!;

        Assert.Equal("{\"flow_token\":\"tok-7781\",\"appointment_date\":\"2026-12-01\",\"party_size\":4}", flow.ResponseJson);
        var response = flow.Response!.Value;
        Assert.Equal("tok-7781", response.GetProperty("flow_token").GetString());
        Assert.Equal(4, response.GetProperty("party_size").GetInt32());
        Assert.Equal("Sent", flow.Body);
    }

    [Fact]
    public void Gives_no_parsed_flow_response_when_the_string_is_not_json()
    {
        var flow = new FlowReply { ResponseJson = "{not json" };

        Assert.Null(flow.Response);
        Assert.Equal("{not json", flow.ResponseJson);
    }

    [Fact]
    public void Reads_template_quick_reply_tap()
    {
        var message = Fixture.Single<InboundMessage>("template-button.json");

        Assert.Equal(InboundMessageKind.Button, message.Kind);
        Assert.Equal("STOP_PROMOTIONS", message.Button!.Payload);
        Assert.Equal("Stop promotions", message.Button.Text);
        Assert.Equal(RepliedTo, message.Context!.Id);
    }

    [Fact]
    public void Reads_click_to_whatsapp_ad_referral()
    {
        var message = Fixture.Single<InboundMessage>("referral.json");
        var referral = message.Referral!;

        Assert.Equal("I saw your ad", message.Text!.Body);
        Assert.Equal("https://fb.me/4xQk2Lm9", referral.SourceUrl);
        Assert.Equal("120210987654321", referral.SourceId);
        Assert.Equal("ad", referral.SourceType);
        Assert.Equal("Winter sale", referral.Headline);
        Assert.Equal("30% off all coats", referral.Body);
        Assert.Equal("video", referral.MediaType);
        Assert.Equal("https://video.example.com/ad.mp4", referral.VideoUrl);
        Assert.Equal("https://video.example.com/ad.jpg", referral.ThumbnailUrl);
        Assert.Equal("ARAkX9b2Lr", referral.CtwaClid);
        Assert.Equal("Hi! Ask us about the sale.", referral.WelcomeMessage!.Text);
    }

    [Fact]
    public void Reads_forwarded_flags()
    {
        var context = Fixture.Single<InboundMessage>("context-forwarded.json").Context!;

        Assert.True(context.Forwarded);
        Assert.True(context.FrequentlyForwarded);
        Assert.Null(context.Id);
    }

    [Fact]
    public void Reads_referred_product()
    {
        var context = Fixture.Single<InboundMessage>("context-referred-product.json").Context!;

        Assert.Equal("884712365098341", context.ReferredProduct!.CatalogId);
        Assert.Equal("DATES-1KG", context.ReferredProduct.ProductRetailerId);
    }
}
