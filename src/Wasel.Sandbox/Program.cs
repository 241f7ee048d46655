namespace Wasel.Sandbox;

/// <summary>Runs the sandbox alone: Graph API at /graph, control API at /api, phone page at /phone.</summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddSandbox();
        var app = builder.Build();
        app.MapSandbox();
        app.Run();
    }
}
