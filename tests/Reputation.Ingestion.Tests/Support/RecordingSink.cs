using System.Collections.Concurrent;
using Reputation.Abstractions.Mentions;
using Reputation.Ingestion;

namespace Reputation.Ingestion.Tests.Support;

/// <summary>A brand sink that records what it acknowledged and can be told to fail, like an unavailable grain.</summary>
internal sealed class RecordingSink : IBrandBatchSink
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, int>> _delivered = new();
    private int _attempts;
    private int _failures;

    /// <summary>Brands whose deliveries throw while this returns true.</summary>
    public Func<string, bool> Fails { get; set; } = _ => false;

    public int Attempts => Volatile.Read(ref _attempts);

    public int Failures => Volatile.Read(ref _failures);

    public Task DeliverAsync(string brand, IReadOnlyList<ScoredMention> batch, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        cancellationToken.ThrowIfCancellationRequested();
        if (batch.Any(m => m.Mention.Brand != brand))
        {
            throw new InvalidOperationException("A batch mixed brands.");
        }

        if (Fails(brand))
        {
            Interlocked.Increment(ref _failures);
            throw new InvalidOperationException($"Brand {brand} is unavailable.");
        }

        var ids = _delivered.GetOrAdd(brand, _ => new ConcurrentDictionary<string, int>());
        foreach (var scored in batch)
        {
            ids.AddOrUpdate(scored.Mention.Id, 1, (_, n) => n + 1);
        }

        return Task.CompletedTask;
    }

    public IReadOnlySet<string> Ids(string brand) =>
        _delivered.TryGetValue(brand, out var ids) ? ids.Keys.ToHashSet() : new HashSet<string>();

    /// <summary>How often each mention id was acknowledged.</summary>
    public IReadOnlyDictionary<string, int> DeliveryCounts() =>
        _delivered.Values.SelectMany(d => d).ToDictionary(kv => kv.Key, kv => kv.Value);

    public int DistinctCount => _delivered.Values.Sum(d => d.Count);

    public IReadOnlyDictionary<string, IReadOnlySet<string>> All() =>
        _delivered.ToDictionary(kv => kv.Key, kv => (IReadOnlySet<string>)kv.Value.Keys.ToHashSet());
}
