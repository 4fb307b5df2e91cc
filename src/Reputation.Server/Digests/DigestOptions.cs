using System.ComponentModel.DataAnnotations;

namespace Reputation.Server.Digests;

/// <summary>The <c>Digest</c> section: when each registered brand's daily digest is produced.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digest";

    /// <summary>Produce digests on schedule; on-demand production through the API works either way.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The digest of a UTC day is produced once this hour (UTC) of the next day has begun.</summary>
    [Range(0, 23)]
    public int HourUtc { get; set; } = 6;

    /// <summary>How often every silo asks whether digests are due; a few minutes' delay past the hour is the cost.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(5);
}
