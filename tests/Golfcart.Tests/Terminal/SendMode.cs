namespace Golfcart.Tests.Terminal;

/// <summary>How a test sends what it types to the terminal.</summary>
public enum SendMode
{
    /// <summary>One key per write, with a pause after each, as a person types.</summary>
    Keys,
    /// <summary>Everything in one write, as a fast typist's keys or <c>tmux send-keys</c> arrive.</summary>
    Burst,
    /// <summary>Text as bracketed-paste blocks; the keys between them typed one by one.</summary>
    Paste,
}
