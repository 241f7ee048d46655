using Microsoft.Extensions.DependencyInjection;
using Wasel.Sandbox.Graph.Templates;
using Wasel.Sandbox.Tests.Infrastructure;

namespace Wasel.Sandbox.Tests.Graph;

/// <summary>Creates templates through the Graph API and waits for their review.</summary>
public static class TemplateFixtures
{
    public const string OrderReady = """
        {"name":"order_ready","language":"en_US","category":"UTILITY",
         "components":[
           {"type":"HEADER","format":"TEXT","text":"Order {{1}}","example":{"header_text":["A-17"]}},
           {"type":"BODY","text":"Hello {{1}}, your order {{2}} is ready for pickup today.","example":{"body_text":[["Sara","A-17"]]}},
           {"type":"FOOTER","text":"Thank you"},
           {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Thanks"},{"type":"URL","text":"Track","url":"https://shop.example/track/{{1}}","example":["A-17"]}]}]}
        """;

    public const string Promotion = """
        {"name":"weekly_news","language":"en","category":"MARKETING",
         "components":[{"type":"BODY","text":"Hi {{1}}, see what is new in our shop this week.","example":{"body_text":[["Sara"]]}}]}
        """;

    public static async Task<MessageTemplate> CreateApprovedAsync(SandboxHost host, string json)
    {
        var answer = await host.Graph.PostAsync($"{host.Options.WabaId}/message_templates", json);
        Assert.Equal(System.Net.HttpStatusCode.OK, answer.Status);
        var id = answer.Json.GetProperty("id").GetString()!;
        var store = host.Services.GetRequiredService<TemplateStore>();
        await GraphCalls.EventuallyAsync(() => store.FindById(id)?.Status == "APPROVED", $"template {id} to be approved");
        return store.FindById(id)!;
    }

    public static string SendOrderReady(string to, string components) =>
        JsonText.Fill("""{"messaging_product":"whatsapp","to":"<<0>>","type":"template","template":{"name":"order_ready","language":{"code":"en_US"},"components":<<1>>}}""", to, components);

    public const string OrderReadyComponents = """
        [{"type":"header","parameters":[{"type":"text","text":"A-17"}]},
         {"type":"body","parameters":[{"type":"text","text":"Sara"},{"type":"text","text":"A-17"}]},
         {"type":"button","sub_type":"url","index":"1","parameters":[{"type":"text","text":"A-17"}]}]
        """;
}
