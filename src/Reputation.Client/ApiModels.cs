namespace Reputation.Client;

/// <summary>The answer to <c>POST /api/mentions</c>: how many mentions went to the topic, and which were refused and why.</summary>
public sealed record IngestResult(int Accepted, IReadOnlyList<IngestRejection> Rejected);

/// <summary>A refused mention: its position in the request, its id when readable, and the rule it broke.</summary>
public sealed record IngestRejection(int Index, string? Id, string Error);

/// <summary>Where the server's Kafka is (<c>GET /api/system/kafka</c>).</summary>
public sealed record KafkaInfo(string BootstrapServers, bool Embedded, string Topic, string DeadLetterTopic, int Partitions);
