using Wasel.WhatsApp.Messages;
using Wasel.WhatsApp.Validation;
using static Wasel.WhatsApp.Tests.Support.ValidationAssert;

namespace Wasel.WhatsApp.Tests.Validation;

public class TemplateMessageValidationTests
{
    private static IReadOnlyList<ValidationError> Validate(string name, params TemplateComponent[] components) =>
        WhatsAppValidator.Validate(OutgoingMessage.Template("16505551234", name, "en_US", components));

    [Fact]
    public void Accepts_a_complete_template() => Assert.Empty(Validate("order_confirmation",
        TemplateComponent.Header(TemplateParameter.ForImage(MediaContent.FromLink("https://x/y.png"))),
        TemplateComponent.Body(TemplateParameter.ForText("Jessica"), TemplateParameter.ForCurrency("$1", "USD", 1000)),
        TemplateComponent.QuickReplyButton(0, "yes"), TemplateComponent.UrlButton(1, "abc")));

    [Fact]
    public void Rejects_template_name_with_capitals_or_spaces() =>
        SingleError(Validate("Order Confirmation"), "template.name");

    [Fact]
    public void Rejects_mixed_named_and_positional_parameters() =>
        SingleError(Validate("t", TemplateComponent.Body(TemplateParameter.Named("a", "1"), TemplateParameter.ForText("2"))),
            "template.components[0].parameters");

    [Fact]
    public void Rejects_parameter_without_its_value() =>
        SingleError(Validate("t", TemplateComponent.Body(new TemplateParameter { Type = "currency" })),
            "template.components[0].parameters[0].currency");

    [Fact]
    public void Rejects_media_parameter_outside_header() =>
        SingleError(Validate("t", TemplateComponent.Body(TemplateParameter.ForImage(MediaContent.FromId("1")))),
            "template.components[0].parameters[0].type");

    [Fact]
    public void Rejects_button_index_out_of_range() =>
        SingleError(Validate("t", TemplateComponent.QuickReplyButton(10, "p")), "template.components[0].index");

    [Fact]
    public void Rejects_currency_code_that_is_not_iso() =>
        SingleError(Validate("t", TemplateComponent.Body(TemplateParameter.ForCurrency("$1", "DOLLAR", 1000))),
            "template.components[0].parameters[0].currency.code");

    [Fact]
    public void Rejects_header_media_with_both_id_and_link() =>
        SingleError(Validate("t", TemplateComponent.Header(TemplateParameter.ForVideo(new MediaContent { Id = "1", Link = "https://x/v.mp4" }))),
            "template.components[0].parameters[0].video");
}
