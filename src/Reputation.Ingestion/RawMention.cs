namespace Reputation.Ingestion;

/// <summary>A message as bytes, produced unchanged (the raw ingestion path and dead-letter tests).</summary>
public readonly record struct RawMention(string? Key, byte[] Value);
