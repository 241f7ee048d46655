using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Wasel.Sandbox.State;

/// <summary>
/// Everything the sandbox remembers, in memory: customers and their timelines, the live settings, and the
/// business number's counters. One lock (<see cref="Sync"/>) guards it; each hold is short.
/// Feature-specific state (media, templates, limits, quality) lives in those features' own singletons.
/// </summary>
public sealed class SandboxState(IOptions<SandboxOptions> configured, SandboxClock clock)
{
    private readonly Dictionary<string, SimulatedCustomer> customers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SandboxMessage> messagesById = new(StringComparer.Ordinal);

    public object Sync { get; } = new();

    /// <summary>The settings in force; starts as configured and is changed by PATCH /api/settings.</summary>
    public SandboxOptions Settings { get; private set; } = Copy(configured.Value);

    public SandboxClock Clock => clock;

    /// <summary>Raised after <see cref="Reset"/> so that feature singletons clear their own state.</summary>
    public event Action? Resetting;

    public IReadOnlyCollection<SimulatedCustomer> Customers
    {
        get { lock (Sync) return customers.Values.ToList(); }
    }

    public SimulatedCustomer? FindCustomer(string waId)
    {
        lock (Sync) return customers.GetValueOrDefault(waId);
    }

    /// <summary>Returns the existing customer or adds a new one (an unknown number met on a send, for example).</summary>
    public SimulatedCustomer GetOrAddCustomer(string waId, Func<SimulatedCustomer> create)
    {
        lock (Sync)
        {
            if (customers.TryGetValue(waId, out var existing)) return existing;
            var created = create();
            customers[waId] = created;
            return created;
        }
    }

    public bool RemoveCustomer(string waId)
    {
        lock (Sync) return customers.Remove(waId);
    }

    public void AddMessage(SimulatedCustomer customer, SandboxMessage message)
    {
        lock (Sync)
        {
            customer.Timeline.Add(message);
            messagesById[message.Id] = message;
        }
    }

    public SandboxMessage? FindMessage(string id)
    {
        lock (Sync) return messagesById.GetValueOrDefault(id);
    }

    public void ChangeSettings(Action<SandboxOptions> change)
    {
        lock (Sync)
        {
            var next = Copy(Settings);
            change(next);
            Settings = next;
        }
    }

    /// <summary>Forgets customers, messages and counters, restores the configured settings and the clock.</summary>
    public void Reset()
    {
        lock (Sync)
        {
            customers.Clear();
            messagesById.Clear();
            Settings = Copy(configured.Value);
            clock.Reset();
        }
        Resetting?.Invoke();
    }

    /// <summary>A message id in Meta's format: "wamid." and base64 of random bytes.</summary>
    public static string NewMessageId() => "wamid." + Convert.ToBase64String(RandomNumberGenerator.GetBytes(27)).Replace('/', '_').Replace('+', '-');

    private static SandboxOptions Copy(SandboxOptions o) => o.Clone();
}
