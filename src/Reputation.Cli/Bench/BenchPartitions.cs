namespace Reputation.Cli.Bench;

/// <summary>
/// What fits in the embedded broker, which keeps about 5 MiB per partition and silently drops the oldest beyond it.
/// The figures leave room for keys that do not spread evenly over the partitions.
/// </summary>
internal static class BenchPartitions
{
    /// <summary>A generous size of one synthetic mention on the topic.</summary>
    private const long BytesPerMention = 400;
    /// <summary>What one partition may be filled with, of its ~5 MiB.</summary>
    private const long BudgetBytes = 3 * 1024 * 1024;
    private const long MentionsPerPartition = BudgetBytes / BytesPerMention;

    /// <summary>Partitions for a topic that holds <paramref name="mentions"/> spread evenly over them.</summary>
    public static int ToHold(long mentions) => (int)Math.Clamp((mentions + MentionsPerPartition - 1) / MentionsPerPartition, 1, 1_000);

    /// <summary>
    /// How many mentions may wait unread in <paramref name="partitions"/> partitions when they are keyed by
    /// <paramref name="brands"/> brands: with few brands, a partition can get several brands' share.
    /// </summary>
    public static long Lead(int partitions, int brands) => MentionsPerPartition * Math.Clamp(brands / 4, 1, partitions);
}
