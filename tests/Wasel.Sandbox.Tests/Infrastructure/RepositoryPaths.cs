namespace Wasel.Sandbox.Tests.Infrastructure;

internal static class RepositoryPaths
{
    /// <summary>The folder holding Wasel.slnx, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Wasel.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"Wasel.slnx not found above {AppContext.BaseDirectory}.");
    }
}
