using System.Collections.Concurrent;
using Reputation.Abstractions.Grains;

namespace Reputation.Server.Pipeline;

/// <summary>
/// Tells the brand directory about brands this process sees for the first time. Reports that arrive together
/// share one directory call: the directory writes its whole state per call, and a cold start with thousands
/// of brands would otherwise write it once per brand.
/// </summary>
public sealed class NewBrandReporter(IGrainFactory grains)
{
    private const int MaxKnown = 200_000;

    /// <summary>Read without the lock: every delivery asks, and only the first of a brand needs to wait for it.</summary>
    private readonly ConcurrentDictionary<string, bool> known = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private int knownCount;
    private List<string> waiting = [];
    private Task? flush;

    public Task ReportAsync(string brand)
    {
        if (known.ContainsKey(brand))
        {
            return Task.CompletedTask;
        }

        lock (gate)
        {
            if (knownCount >= MaxKnown || !known.TryAdd(brand, true))
            {
                return Task.CompletedTask;
            }

            knownCount++;
            waiting.Add(brand);
            return flush ??= FlushAsync();
        }
    }

    private async Task FlushAsync()
    {
        // Let the other brands of the same chunk join this call.
        await Task.Yield();
        List<string> brands;
        lock (gate)
        {
            brands = waiting;
            waiting = [];
            flush = null;
        }

        try
        {
            await grains.GetGrain<IBrandDirectoryGrain>(0).MarkSeen(brands);
        }
        catch
        {
            lock (gate)
            {
                // Reported again with the brand's next delivery, which fails with this one and is retried.
                foreach (var brand in brands)
                {
                    known.TryRemove(brand, out _);
                    knownCount--;
                }
            }

            throw;
        }
    }
}
