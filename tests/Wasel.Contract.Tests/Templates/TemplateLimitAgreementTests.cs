using System.Text;
using Wasel.Contract.Tests.Infrastructure;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Templates;

namespace Wasel.Contract.Tests.Templates;

/// <summary>
/// Template text limits (header 60, body 1024, footer 60, button label 25): at the limit the sandbox accepts what the
/// client submits; one over, the client refuses and the sandbox, sent the same definition, answers subcode 2388040.
/// </summary>
public class TemplateLimitAgreementTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Words(int length) => new('x', length);

    private static readonly Dictionary<string, Func<int, TemplateDefinition>> Limits = new()
    {
        ["header 60"] = extra => Define(new() { Type = "HEADER", Format = "TEXT", Text = Words(60 + extra) }),
        ["body 1024"] = extra => Define(body: Words(1024 + extra)),
        ["footer 60"] = extra => Define(new() { Type = "FOOTER", Text = Words(60 + extra) }),
        ["button label 25"] = extra => Define(new() { Type = "BUTTONS", Buttons = [new() { Type = "QUICK_REPLY", Text = Words(25 + extra) }] }),
    };

    public static TheoryData<string> Names => [.. Limits.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Template_text_exactly_at_the_limit_is_accepted(string limit)
    {
        await using var host = await ContractHost.StartAsync();

        var created = await host.Client.CreateTemplateAsync(Limits[limit](0), Token);

        Assert.Equal("PENDING", created.Status);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Template_text_one_over_the_limit_is_refused_by_both(string limit)
    {
        await using var host = await ContractHost.StartAsync();
        var definition = Limits[limit](1);

        await Assert.ThrowsAsync<WhatsAppValidationException>(() => host.Client.CreateTemplateAsync(definition, Token));

        Assert.Empty(host.Requests.All);
        var refused = await host.SandboxErrorAsync($"{host.Settings.WabaId}/message_templates",
            new StringContent(RawGraph.AsGraphJson(definition), Encoding.UTF8, "application/json"));
        Assert.Equal((100, 2388040), refused);
    }

    private static TemplateDefinition Define(TemplateComponentDefinition? extra = null, string body = "Thank you for your order, we will be in touch.") => new()
    {
        Name = "limits", Language = "en", Category = TemplateCategories.Utility,
        Components = [.. (extra is { Type: "HEADER" } ? [extra] : Array.Empty<TemplateComponentDefinition>()),
            new TemplateComponentDefinition { Type = "BODY", Text = body },
            .. (extra is { Type: not "HEADER" } ? [extra] : Array.Empty<TemplateComponentDefinition>())],
    };
}
