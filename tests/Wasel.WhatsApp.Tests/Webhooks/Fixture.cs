using Wasel.WhatsApp.Webhooks;

namespace Wasel.WhatsApp.Tests.Webhooks;

/// <summary>Webhook bodies under Fixtures/, written in the shapes Meta documents.</summary>
internal static class Fixture
{
    public static byte[] Bytes(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Webhooks", "Fixtures", name));

    public static WebhookNotification Parse(string name) => WebhookParser.Parse(Bytes(name));

    /// <summary>Parses a fixture that holds exactly one event of the given type.</summary>
    public static T Single<T>(string name) where T : WebhookEvent =>
        Assert.IsType<T>(Assert.Single(Parse(name).Events));

    public static DateTimeOffset Unix(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds);
}
