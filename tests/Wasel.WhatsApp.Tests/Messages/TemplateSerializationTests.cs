using Wasel.WhatsApp.Messages;
using static Wasel.WhatsApp.Tests.Support.JsonAssert;

namespace Wasel.WhatsApp.Tests.Messages;

public class TemplateSerializationTests
{
    [Fact]
    public void Template_with_every_parameter_kind_matches_meta_example() => Serializes(
        OutgoingMessage.Template("+16505551234", "order_confirmation", "en_US",
            TemplateComponent.Header(TemplateParameter.ForImage(MediaContent.FromLink("https://x/y.png"))),
            TemplateComponent.Body(
                TemplateParameter.ForText("Jessica"),
                TemplateParameter.ForCurrency("$100.99", "USD", 100990),
                TemplateParameter.ForDateTime("February 25, 1977")),
            TemplateComponent.QuickReplyButton(0, "PAYLOAD_STRING"),
            TemplateComponent.UrlButton(1, "summer2023")),
        """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"template",
         "template":{"name":"order_confirmation","language":{"code":"en_US"},"components":[
           {"type":"header","parameters":[{"type":"image","image":{"link":"https://x/y.png"}}]},
           {"type":"body","parameters":[
             {"type":"text","text":"Jessica"},
             {"type":"currency","currency":{"fallback_value":"$100.99","code":"USD","amount_1000":100990}},
             {"type":"date_time","date_time":{"fallback_value":"February 25, 1977"}}]},
           {"type":"button","sub_type":"quick_reply","index":"0","parameters":[{"type":"payload","payload":"PAYLOAD_STRING"}]},
           {"type":"button","sub_type":"url","index":"1","parameters":[{"type":"text","text":"summer2023"}]}]}}
        """);

    [Fact]
    public void Named_parameters_carry_parameter_name() => Serializes(
        OutgoingMessage.Template("+16505551234", "order_update", "ar",
            TemplateComponent.Body(TemplateParameter.Named("order_number", "SKBUP2-4CPIG9"), TemplateParameter.Named("first_name", "Jessica"))),
        """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"template",
         "template":{"name":"order_update","language":{"code":"ar"},"components":[{"type":"body","parameters":[
           {"type":"text","parameter_name":"order_number","text":"SKBUP2-4CPIG9"},
           {"type":"text","parameter_name":"first_name","text":"Jessica"}]}]}}
        """);

    [Fact]
    public void Template_without_parameters_has_no_components() => Serializes(
        OutgoingMessage.Template("+16505551234", "hello_world", "en_US"),
        """{"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"template","template":{"name":"hello_world","language":{"code":"en_US"}}}""");

    [Fact]
    public void Document_header_parameter_keeps_filename() => Serializes(
        OutgoingMessage.Template("1", "invoice", "en",
            TemplateComponent.Header(TemplateParameter.ForDocument(new MediaContent { Id = "55", Filename = "inv.pdf" }))),
        """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"1","type":"template","template":{"name":"invoice",
         "language":{"code":"en"},"components":[{"type":"header","parameters":[{"type":"document","document":{"id":"55","filename":"inv.pdf"}}]}]}}
        """);
}
