namespace Reputation.Ingestion;

/// <summary>Some messages of a produce call were not acknowledged; the caller may retry them all (the consumer deduplicates).</summary>
public sealed class KafkaDeliveryException(string message, Exception inner) : Exception(message, inner);
