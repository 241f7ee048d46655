using Wasel.WhatsApp.Templates;
using Wasel.WhatsApp.Validation;
using static Wasel.WhatsApp.Tests.Support.ValidationAssert;

namespace Wasel.WhatsApp.Tests.Validation;

public class TemplateDefinitionValidationTests
{
    private static TemplateComponentDefinition Body(string text = "Shop through {{1}} with code {{2}} today.") =>
        new() { Type = "BODY", Text = text, Example = new TemplateExample { BodyText = [["August", "25OFF"]] } };

    private static TemplateDefinition Define(params TemplateComponentDefinition[] components) => new()
    {
        Name = "seasonal_promotion", Language = "en_US", Category = TemplateCategories.Marketing, Components = components,
    };

    private static TemplateComponentDefinition Buttons(params TemplateButtonDefinition[] buttons) => new() { Type = "BUTTONS", Buttons = buttons };

    private static TemplateButtonDefinition Quick(string text = "Stop") => new() { Type = "QUICK_REPLY", Text = text };

    private static TemplateButtonDefinition Url(string url = "https://x.com/shop") => new() { Type = "URL", Text = "Shop", Url = url };

    [Fact]
    public void Accepts_meta_example() => Assert.Empty(WhatsAppValidator.Validate(Define(
        new TemplateComponentDefinition { Type = "HEADER", Format = "TEXT", Text = "Our {{1}} is on!", Example = new TemplateExample { HeaderText = ["Summer Sale"] } },
        Body(), new TemplateComponentDefinition { Type = "FOOTER", Text = "Use the buttons below" },
        Buttons(Quick(), Url("https://x.com/shop?promo={{1}}") with { Example = ["summer2023"] },
            new TemplateButtonDefinition { Type = "PHONE_NUMBER", Text = "Call", PhoneNumber = "+16467043595" }))));

    [Fact]
    public void Accepts_copy_code_button_without_a_label() =>
        Assert.Empty(WhatsAppValidator.Validate(Define(Body(), Buttons(new TemplateButtonDefinition { Type = "COPY_CODE", Example = ["250FF"] }))));

    [Fact]
    public void Requires_the_copy_code_example() =>
        SingleError(WhatsAppValidator.Validate(Define(Body(), Buttons(new TemplateButtonDefinition { Type = "COPY_CODE" }))),
            "components[1].buttons[0].example");

        [Fact]
    public void Rejects_name_with_capitals() =>
        SingleError(WhatsAppValidator.Validate(Define(Body()) with { Name = "Seasonal-Promo" }), "name");

    [Fact]
    public void Rejects_unknown_category() =>
        SingleError(WhatsAppValidator.Validate(Define(Body()) with { Category = "PROMO" }), "category");

    [Fact]
    public void Requires_a_body() =>
        SingleError(WhatsAppValidator.Validate(Define(new TemplateComponentDefinition { Type = "FOOTER", Text = "x" })), "components");

    [Fact]
    public void Rejects_body_over_1024_characters() =>
        SingleError(WhatsAppValidator.Validate(Define(Body(new string('b', 1025)))), "components[0].text");

    [Fact]
    public void Rejects_header_text_over_60_characters() =>
        SingleError(WhatsAppValidator.Validate(Define(new TemplateComponentDefinition { Type = "HEADER", Format = "TEXT", Text = new string('h', 61) }, Body())),
            "components[0].text");

    [Fact]
    public void Rejects_parameter_in_footer() =>
        SingleError(WhatsAppValidator.Validate(Define(Body(), new TemplateComponentDefinition { Type = "FOOTER", Text = "Bye {{1}} now" })), "components[1].text");

    [Fact]
    public void Rejects_positional_parameters_out_of_order() =>
        SingleError(WhatsAppValidator.Validate(Define(Body("Hello {{2}} and {{1}} there"))), "components[0].text");

    [Fact]
    public void Rejects_parameter_at_start_of_text() =>
        SingleError(WhatsAppValidator.Validate(Define(Body("{{1}} is your code, {{2}} ok"))), "components[0].text");

    [Fact]
    public void Rejects_adjacent_parameters() =>
        SingleError(WhatsAppValidator.Validate(Define(Body("Hi {{1}}{{2}} there"))), "components[0].text");

    [Fact]
    public void Requires_examples_for_parameters() =>
        SingleError(WhatsAppValidator.Validate(Define(Body() with { Example = null })), "components[0].example");

    [Fact]
    public void Rejects_more_than_two_url_buttons() =>
        SingleError(WhatsAppValidator.Validate(Define(Body(), Buttons(Url(), Url(), Url()))), "components[1].buttons");

    [Fact]
    public void Rejects_button_label_over_25_characters() =>
        SingleError(WhatsAppValidator.Validate(Define(Body(), Buttons(Quick(new string('q', 26))))), "components[1].buttons[0].text");

    [Fact]
    public void Rejects_quick_replies_interleaved_with_other_buttons() =>
        SingleError(WhatsAppValidator.Validate(Define(Body(), Buttons(Quick("A"), Url(), Quick("B")))), "components[1].buttons");

    [Fact]
    public void Rejects_url_variable_that_is_not_at_the_end() =>
        SingleError(WhatsAppValidator.Validate(Define(Body(), Buttons(Url("https://x.com/{{1}}/shop")))), "components[1].buttons[0].url");

    [Fact]
    public void Accepts_named_parameters_when_format_is_named() => Assert.Empty(WhatsAppValidator.Validate(Define(
        new TemplateComponentDefinition
        {
            Type = "BODY", Text = "Hello {{first_name}}, welcome.",
            Example = new TemplateExample { BodyTextNamedParams = [new NamedParameterExample { ParamName = "first_name", Example = "Pablo" }] },
        }) with { ParameterFormat = "named" }));
}
