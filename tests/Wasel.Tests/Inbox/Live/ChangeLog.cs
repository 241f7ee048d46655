using System.Collections.Concurrent;
using Wasel.Agents;
using Wasel.Inbox;

namespace Wasel.Tests.Inbox.Live;

/// <summary>What one subscriber received, with a way to wait for a change it expects.</summary>
public sealed class ChangeLog : IDisposable
{
    private readonly ConcurrentQueue<InboxChange> received = new();
    private readonly IDisposable subscription;

    public ChangeLog(InboxNotifier notifier, Staff staff) =>
        subscription = notifier.Subscribe(staff, change =>
        {
            received.Enqueue(change);
            return Task.CompletedTask;
        });

    public IReadOnlyList<InboxChange> Received => received.ToArray();

    public async Task<InboxChange> WaitForAsync(string what, Func<InboxChange, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            if (received.FirstOrDefault(match) is { } found) return found;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for {what}; received: {string.Join(", ", received)}");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    public void Dispose() => subscription.Dispose();

    public static Staff Admin() => new("admin-" + Guid.NewGuid().ToString("N")[..6], "Admin", Roles.Admin, new HashSet<long>());

    public static Staff Agent(string? id = null, string name = "Agent", params long[] teams) =>
        new(id ?? "agent-" + Guid.NewGuid().ToString("N")[..6], name, Roles.Agent, teams.ToHashSet());

    public static Staff Supervisor(params long[] teams) => new("sup-" + Guid.NewGuid().ToString("N")[..6], "Supervisor", Roles.Supervisor, teams.ToHashSet());
}
