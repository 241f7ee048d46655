using Microsoft.Extensions.DependencyInjection;
using Wasel.Agents.Admin;

namespace Wasel.Components.Tests.Agents;

public sealed class OneTimeSecretTests : BunitContext
{
    public OneTimeSecretTests() => Services.AddLocalization();

    [Fact]
    public void Shows_the_secret_until_done_then_never_again()
    {
        var done = false;
        var secret = Render<OneTimeSecret>(p => p
            .Add(s => s.Title, "First password for sara@example.com")
            .Add(s => s.Value, "Ab3d-Ef4h-Jk5m-Np6q")
            .Add(s => s.OnDone, () => done = true));

        Assert.Equal("Ab3d-Ef4h-Jk5m-Np6q", secret.Find("output.secret").TextContent);
        Assert.Contains("shown only this once", secret.Markup);

        secret.Find("button").Click();

        Assert.True(done);
        Assert.DoesNotContain("Ab3d-Ef4h-Jk5m-Np6q", secret.Markup);
        Assert.Empty(secret.FindAll("output"));
    }

    [Fact]
    public void Shows_nothing_without_a_secret()
    {
        var secret = Render<OneTimeSecret>(p => p.Add(s => s.Title, "Key"));

        Assert.Equal("", secret.Markup.Trim());
    }
}
