namespace Reputation.Ingestion;

/// <summary>Headers of a dead-lettered message (contract section 1).</summary>
public static class DeadLetterHeaders
{
    public const string Error = "x-error";
    public const string SourceTopic = "x-source-topic";
    public const string SourcePartition = "x-source-partition";
    public const string SourceOffset = "x-source-offset";
}
