namespace Wasel.Messaging;

/// <summary>The "Messaging" section: which background work this node does. With several nodes, each may take a share.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Process stored webhooks on this node (off: it only accepts and stores them).</summary>
    public bool ProcessWebhooks { get; set; } = true;

    /// <summary>Send queued messages from this node.</summary>
    public bool DispatchMessages { get; set; } = true;

    /// <summary>
    /// How long processed webhooks (and statuses for messages Wasel never sent) are kept before they are deleted.
    /// Their effects stay in the messages and conversations; the raw bodies are for tracing a recent problem.
    /// Zero keeps them for ever.
    /// </summary>
    public TimeSpan WebhookRetention { get; set; } = TimeSpan.FromDays(7);
}
