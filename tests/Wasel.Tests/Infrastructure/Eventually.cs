namespace Wasel.Tests.Infrastructure;

public static class Eventually
{
    /// <summary>Polls <paramref name="probe"/> until it returns a value; fails with <paramref name="what"/> after the timeout.</summary>
    public static async Task<T> GetAsync<T>(string what, Func<Task<T?>> probe, TimeSpan? timeout = null) where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            if (await probe() is { } value) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for {what}.");
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }

    public static Task TrueAsync(string what, Func<Task<bool>> probe, TimeSpan? timeout = null) =>
        GetAsync(what, async () => await probe() ? "" : null, timeout);
}
