using System.Diagnostics;
using Wasel.Sandbox.Tests.Infrastructure;

namespace Wasel.Sandbox.Tests.Compatibility;

/// <summary>
/// A third-party Cloud API client from npm (whatsapp-api-js) runs unchanged against the sandbox, apart from where
/// its requests go: text, reply buttons, a list and a template out; webhooks in, checked by its own signature code.
/// </summary>
public class WhatsAppApiJsTests
{
    private static readonly string CompatFolder = Path.Combine(RepositoryPaths.Root, "tests", "compat");

    [Fact]
    public async Task Whatsapp_api_js_sends_every_kind_and_verifies_the_sandbox_webhooks()
    {
        if (!Directory.Exists(Path.Combine(CompatFolder, "node_modules", "whatsapp-api-js")))
            Assert.Skip("whatsapp-api-js is not installed: run 'npm ci' in tests/compat (.ci/run does) to include this test.");

        await using var sandbox = await SandboxHost.StartAsync(o => o.DeliveredDelayMs = 10);
        var start = new ProcessStartInfo("node", "compat.mjs")
        {
            WorkingDirectory = CompatFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["SANDBOX_URL"] = sandbox.BaseAddress.ToString(),
                ["SANDBOX_TOKEN"] = sandbox.Options.AccessToken,
                ["SANDBOX_APP_SECRET"] = sandbox.Options.AppSecret,
                ["SANDBOX_PHONE_ID"] = sandbox.Options.PhoneNumberId,
                ["SANDBOX_WABA_ID"] = sandbox.Options.WabaId,
            },
        };
        Process node;
        try { node = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception) { Assert.Skip("node is not on PATH: install Node.js to include this test."); throw; }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        var output = node.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = node.StandardError.ReadToEndAsync(timeout.Token);
        try { await node.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { node.Kill(entireProcessTree: true); throw; }

        Assert.True(node.ExitCode == 0, $"compat.mjs exited with {node.ExitCode}\n{await output}\n{await errors}");
        Assert.Contains("[compat] ok:", await output);
    }
}
