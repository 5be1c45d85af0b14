namespace Retning.Domain.Common;

/// <summary>A record whose creation and last change times the data layer stamps (UTC).</summary>
public interface ITimestamped
{
    DateTime CreatedUtc { get; set; }
    DateTime UpdatedUtc { get; set; }
}
