using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Reputation.Reliability.Tests;

/// <summary>Keeps every formatted log line (with its exception) of a host, so tests can search what was written.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private const int MaxLines = 200_000;
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyCollection<string> Lines => lines;

    public ILogger CreateLogger(string categoryName) => new Capture(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(string line)
    {
        // Bounded so a chatty failure cannot exhaust the test process.
        if (lines.Count < MaxLines)
        {
            lines.Enqueue(line);
        }
    }

    private sealed class Capture(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The structured values too: a secret passed as a parameter but left out of the message still counts.
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            owner.Add($"{logLevel} {category}: {formatter(state, exception)} [{values}] {exception}");
        }
    }
}
