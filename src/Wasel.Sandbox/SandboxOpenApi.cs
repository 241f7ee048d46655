using Microsoft.AspNetCore.OpenApi;

namespace Wasel.Sandbox;

internal static class SandboxOpenApi
{
    public const string DocumentName = "sandbox";

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Wasel Sandbox control API";
            document.Info.Version = "v1";
            document.Info.Description =
                "Drives the simulated side of WhatsApp: customers, their inbound messages and actions, settings, faults and load. " +
                "The emulated Graph API itself follows Meta's WhatsApp Cloud API and is described in docs/sandbox.md.";
            return Task.CompletedTask;
        });
    }
}
