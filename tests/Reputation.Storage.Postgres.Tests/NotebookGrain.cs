namespace Reputation.Storage.Postgres.Tests;

/// <summary>State with the shapes real grain states use: a counter, a list, a dictionary, a nullable time.</summary>
[GenerateSerializer]
public sealed class NotebookState
{
    [Id(0)] public int Writes { get; set; }

    [Id(1)] public List<string> Notes { get; set; } = [];

    [Id(2)] public Dictionary<string, double> Scores { get; set; } = [];

    [Id(3)] public DateTimeOffset? LastNoteAt { get; set; }
}

public interface INotebookGrain : IGrainWithStringKey
{
    Task Add(string note, double score, DateTimeOffset at);

    Task<NotebookState> Read();

    Task<bool> RecordExists();

    Task Clear();
}

/// <summary>A small grain whose only job is to persist its state through the storage under test.</summary>
public sealed class NotebookGrain([PersistentState("notebook", PostgresSilo.TestStorage)] IPersistentState<NotebookState> state)
    : Grain, INotebookGrain
{
    public async Task Add(string note, double score, DateTimeOffset at)
    {
        state.State.Writes++;
        state.State.Notes.Add(note);
        state.State.Scores[note] = score;
        state.State.LastNoteAt = at;
        await state.WriteStateAsync();
    }

    public Task<NotebookState> Read() => Task.FromResult(state.State);

    public Task<bool> RecordExists() => Task.FromResult(state.RecordExists);

    public Task Clear() => state.ClearStateAsync();
}
