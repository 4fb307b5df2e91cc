namespace Reputation.Abstractions.Brands;

/// <summary>A registered brand (contract section 2).</summary>
[GenerateSerializer, Immutable]
public sealed record Brand
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public string Name { get; init; } = "";
    [Id(2)] public IReadOnlyList<string> Aliases { get; init; } = [];
    [Id(3)] public IReadOnlyList<string> OfficialDomains { get; init; } = [];
    [Id(4)] public IReadOnlyList<string> OfficialHandles { get; init; } = [];
    [Id(5)] public IReadOnlyList<string> Competitors { get; init; } = [];
    [Id(6)] public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>The profile an unregistered brand is monitored with.</summary>
    public static Brand Default(string id) => new() { Id = id, Name = id };
}
