using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Mentions;
using Reputation.Ingestion;

namespace Reputation.Ingestion.Tests.Support;

/// <summary>
/// A brand sink that records what it stored and can be told to fail, like an unavailable grain. With
/// <see cref="WriteBehind"/> it behaves like the brand grain: it applies batches in memory and stores them only
/// when asked, and <see cref="Crash"/> loses what it had not stored, as a killed silo does.
/// </summary>
internal sealed class RecordingSink : IBrandBatchSink
{
    private readonly Dictionary<string, BrandStore> _brands = [];
    private readonly Lock _gate = new();
    private int _attempts;
    private int _failures;

    /// <summary>Brands whose deliveries throw while this returns true.</summary>
    public Func<string, bool> Fails { get; set; } = _ => false;

    public bool WriteBehind { get; init; }

    public int Attempts => Volatile.Read(ref _attempts);

    public int Failures => Volatile.Read(ref _failures);

    public int PersistCalls { get; private set; }

    public Task<IngestReceipt> DeliverAsync(string brand, IReadOnlyList<ScoredMention> batch, bool persistNow, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        cancellationToken.ThrowIfCancellationRequested();
        if (batch.Any(m => m.Mention.Brand != brand))
        {
            throw new InvalidOperationException("A batch mixed brands.");
        }

        ThrowIfFailing(brand);

        lock (_gate)
        {
            var store = Store(brand);
            store.Sequence++;
            store.Unstored.AddRange(batch.Select(s => s.Mention.Id));
            foreach (var scored in batch)
            {
                store.AppliedTimes[scored.Mention.Id] = store.AppliedTimes.GetValueOrDefault(scored.Mention.Id) + 1;
            }

            if (!WriteBehind || persistNow)
            {
                store.Flush();
            }

            return Task.FromResult(store.Receipt());
        }
    }

    public Task<IngestReceipt> PersistAsync(string brand, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfFailing(brand);

        lock (_gate)
        {
            PersistCalls++;
            var store = Store(brand);
            store.Flush();
            return Task.FromResult(store.Receipt());
        }
    }

    private void ThrowIfFailing(string brand)
    {
        if (Fails(brand))
        {
            Interlocked.Increment(ref _failures);
            throw new InvalidOperationException($"Brand {brand} is unavailable.");
        }
    }

    /// <summary>The brand's activation dies: what it applied but did not store is gone.</summary>
    public int Crash(string brand)
    {
        lock (_gate)
        {
            var store = Store(brand);
            var lost = store.Unstored.Count;
            store.Unstored.Clear();
            store.PreviousActivation = store.Activation;
            store.PreviousPersisted = store.Persisted;
            store.Activation = Guid.NewGuid();
            store.Sequence = 0;
            store.Persisted = 0;
            return lost;
        }
    }

    /// <summary>Everything the brand took, stored or not.</summary>
    public IReadOnlySet<string> Applied(string brand)
    {
        lock (_gate)
        {
            var store = Store(brand);
            return store.Stored.Keys.Concat(store.Unstored).ToHashSet();
        }
    }

    public IReadOnlySet<string> Ids(string brand)
    {
        lock (_gate)
        {
            return _brands.TryGetValue(brand, out var store) ? store.Stored.Keys.ToHashSet() : new HashSet<string>();
        }
    }

    /// <summary>How often each mention id was stored.</summary>
    public IReadOnlyDictionary<string, int> DeliveryCounts()
    {
        lock (_gate)
        {
            return _brands.Values.SelectMany(b => b.Stored).ToDictionary(kv => kv.Key, kv => kv.Value);
        }
    }

    /// <summary>How often each mention id was applied, stored or not.</summary>
    public IReadOnlyDictionary<string, int> AppliedCounts()
    {
        lock (_gate)
        {
            return _brands.Values.SelectMany(b => b.AppliedTimes).ToDictionary(kv => kv.Key, kv => kv.Value);
        }
    }

    public int AppliedCount
    {
        get
        {
            lock (_gate)
            {
                return _brands.Values.Sum(b => b.AppliedTimes.Count);
            }
        }
    }

    public IReadOnlyDictionary<string, IReadOnlySet<string>> AllApplied()
    {
        lock (_gate)
        {
            return _brands.ToDictionary(kv => kv.Key, kv => (IReadOnlySet<string>)kv.Value.AppliedTimes.Keys.ToHashSet());
        }
    }

    public int DistinctCount
    {
        get
        {
            lock (_gate)
            {
                return _brands.Values.Sum(b => b.Stored.Count);
            }
        }
    }

    public IReadOnlyDictionary<string, IReadOnlySet<string>> All()
    {
        lock (_gate)
        {
            return _brands.ToDictionary(kv => kv.Key, kv => (IReadOnlySet<string>)kv.Value.Stored.Keys.ToHashSet());
        }
    }

    private BrandStore Store(string brand)
    {
        if (!_brands.TryGetValue(brand, out var store))
        {
            _brands[brand] = store = new BrandStore();
        }

        return store;
    }

    private sealed class BrandStore
    {
        public Dictionary<string, int> Stored { get; } = [];

        public List<string> Unstored { get; } = [];

        /// <summary>Survives a crash, unlike <see cref="Unstored"/>: it records what the sink was handed.</summary>
        public Dictionary<string, int> AppliedTimes { get; } = [];

        public Guid Activation { get; set; } = Guid.NewGuid();

        public long Sequence { get; set; }

        public long Persisted { get; set; }

        public Guid PreviousActivation { get; set; }

        public long PreviousPersisted { get; set; }

        public void Flush()
        {
            foreach (var id in Unstored)
            {
                Stored[id] = Stored.GetValueOrDefault(id) + 1;
            }

            Unstored.Clear();
            Persisted = Sequence;
        }

        public IngestReceipt Receipt() => new()
        {
            Activation = Activation,
            Sequence = Sequence,
            PersistedSequence = Persisted,
            PreviousActivation = PreviousActivation,
            PreviousPersistedSequence = PreviousPersisted,
        };
    }
}
