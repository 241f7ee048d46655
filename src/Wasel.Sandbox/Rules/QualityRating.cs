namespace Wasel.Sandbox.Rules;

public enum NegativeFeedback
{
    Block,
    Report,
}

/// <summary>The number's quality rating (GREEN, YELLOW, RED): falls with blocks and reports, recovers as they age out.</summary>
public sealed class QualityRating
{
    public void Record(NegativeFeedback feedback) => throw new NotImplementedException();
}
