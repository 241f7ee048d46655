using Wasel.Contract.Tests.Infrastructure;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Messages;

namespace Wasel.Contract.Tests.Errors;

/// <summary>
/// The client and the sandbox draw Meta's length and count limits in the same place: a message exactly at a limit is
/// sent and accepted; one character or item over it is refused by the client and, sent anyway, by the sandbox (131009).
/// </summary>
public class LimitAgreementTests
{
    private const string Customer = "15550100070";
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Text(int length) => new('x', length);

    private static readonly Dictionary<string, Func<int, OutgoingMessage>> Limits = new()
    {
        // Each builder takes "extra": 0 is exactly at the limit, 1 is one over it.
        ["text body 4096"] = extra => OutgoingMessage.Text(Customer, Text(4096 + extra)),
        ["image caption 1024"] = extra => OutgoingMessage.Image(Customer, MediaContent.FromLink("https://cdn.example/a.png"), Text(1024 + extra)),
        ["button body 1024"] = extra => OutgoingMessage.Buttons(Customer, Text(1024 + extra), [ReplyButton.Create("a", "A")]),
        ["button title 20"] = extra => OutgoingMessage.Buttons(Customer, "Pick", [ReplyButton.Create("a", Text(20 + extra))]),
        ["button id 256"] = extra => OutgoingMessage.Buttons(Customer, "Pick", [ReplyButton.Create(Text(256 + extra), "A")]),
        ["header text 60"] = extra => OutgoingMessage.Buttons(Customer, "Pick", [ReplyButton.Create("a", "A")], InteractiveHeader.ForText(Text(60 + extra))),
        ["footer 60"] = extra => OutgoingMessage.Buttons(Customer, "Pick", [ReplyButton.Create("a", "A")], footer: Text(60 + extra)),
        ["list body 4096"] = extra => List(body: Text(4096 + extra)),
        ["list button 20"] = extra => List(button: Text(20 + extra)),
        ["list rows 10"] = extra => List(rows: 10 + extra),
        ["row title 24"] = extra => List(rowTitle: Text(24 + extra)),
        ["row description 72"] = extra => List(description: Text(72 + extra)),
        ["row id 200"] = extra => List(rowId: Text(200 + extra)),
        ["section title 24"] = extra => List(sectionTitle: Text(24 + extra)),
        ["cta display text 20"] = extra => OutgoingMessage.CtaUrl(Customer, "See", Text(20 + extra), "https://shop.example"),
    };

    public static TheoryData<string> Names => [.. Limits.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Message_exactly_at_the_limit_is_accepted(string limit)
    {
        await using var host = await ContractHost.StartAsync();
        host.CustomerWhoJustWrote(Customer);
        var message = Limits[limit](0);

        var result = await host.Client.SendAsync(message, Token);

        host.AssertRecordedAsSent(message, result);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Message_one_over_the_limit_is_refused_by_both(string limit)
    {
        await using var host = await ContractHost.StartAsync();
        host.CustomerWhoJustWrote(Customer);
        var message = Limits[limit](1);

        await Assert.ThrowsAsync<WhatsAppValidationException>(() => host.Client.SendAsync(message, Token));

        Assert.Empty(host.Requests.All);
        Assert.Equal(131009, await host.SandboxErrorCodeAsync($"{host.Settings.PhoneNumberId}/messages", message.ToJson()));
    }

    private static OutgoingMessage List(string body = "Choose", string button = "Options", int rows = 2, string rowTitle = "Row",
        string? description = null, string? rowId = null, string sectionTitle = "Section") =>
        OutgoingMessage.List(Customer, body, button,
        [
            new ListSection
            {
                Title = sectionTitle,
                Rows = [.. Enumerable.Range(0, rows).Select(i => new ListRow { Id = i == 0 && rowId is not null ? rowId : $"row-{i}", Title = rowTitle, Description = description })],
            },
        ]);
}
