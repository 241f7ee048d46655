namespace Wasel.Inbox.Live;

/// <summary>The "Live" configuration section: how inbox changes and presence reach the screens.</summary>
public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>Changes arriving within this time after a flush are merged and sent together; zero sends each at once.</summary>
    public TimeSpan CoalesceInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The PostgreSQL channel the nodes of one installation LISTEN on.</summary>
    public string Channel { get; set; } = "wasel_inbox";

    /// <summary>A viewer is gone when no heartbeat (<c>Viewing</c>) came for this long.</summary>
    public TimeSpan ViewingTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A typist is back to viewing when no keystroke (<c>Typing</c>) came for this long.</summary>
    public TimeSpan TypingTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
