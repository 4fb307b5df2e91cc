using System.Collections.Concurrent;

namespace Reputation.Ingestion;

/// <summary>
/// Threads of their own for scoring. On the shared thread pool, the scoring of a chunk queued behind thousands of
/// grain calls: the reader waited for it, the lanes saw one mention at a time, and every mention became a grain call
/// of its own (at 10,000 brands about 56 µs of CPU per mention instead of 43). With its own threads, scoring gets
/// its share of the cores and calls carry what arrived for their brand meanwhile. With no threads (a scoring
/// parallelism of one) the reading thread scores alone: a loop limited to one thread runs inline.
/// </summary>
internal sealed class ScoringThreads : TaskScheduler, IDisposable
{
    private readonly BlockingCollection<Task> _work = [];
    private readonly Thread[] _threads;

    public ScoringThreads(int count)
    {
        _threads = new Thread[Math.Max(0, count)];
        for (var i = 0; i < _threads.Length; i++)
        {
            // Linux shows 15 characters of a thread's name.
            _threads[i] = new Thread(Run) { IsBackground = true, Name = "Scoring" };
            _threads[i].Start();
        }
    }

    /// <summary>The threads and the thread that runs the loop: Parallel.For starts no more helpers than this.</summary>
    public override int MaximumConcurrencyLevel => _threads.Length + 1;

    /// <summary>Lets the threads finish what is queued and end.</summary>
    public void Dispose() => _work.CompleteAdding();

    protected override void QueueTask(Task task) => _work.Add(task);

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        !taskWasPreviouslyQueued && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _work.ToArray();

    private void Run()
    {
        foreach (var task in _work.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }
}
