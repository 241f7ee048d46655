namespace Wasel.Sandbox.Tests.Webhooks;

/// <summary>Waits for a condition that background work makes true; the timeout only bounds a failing test.</summary>
internal static class Eventually
{
    public static Task TrueAsync(Func<bool> condition, string because, TimeSpan? timeout = null) =>
        TrueAsync(() => Task.FromResult(condition()), because, timeout);

    public static async Task TrueAsync(Func<Task<bool>> condition, string because, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting until {because}.");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
