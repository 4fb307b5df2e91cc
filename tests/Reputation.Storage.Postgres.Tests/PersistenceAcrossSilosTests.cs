using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Mentions;
using Reputation.Abstractions.Sentiment;

namespace Reputation.Storage.Postgres.Tests;

/// <summary>What outlives a silo: the table, the state of a test grain and of the real brand grain.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PersistenceAcrossSilosTests(PostgresServer server)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_table_is_created_when_the_silo_starts_on_an_empty_database()
    {
        var connectionString = await server.CreateDatabaseAsync();
        Assert.False(await GrainStateRows.TableExistsAsync(connectionString));

        await using var cluster = await PostgresSilo.StartAsync(connectionString, "table-on-start");

        Assert.True(await GrainStateRows.TableExistsAsync(connectionString));
    }

    [Fact]
    public async Task The_table_is_created_on_first_use_by_a_storage_the_silo_did_not_start()
    {
        var emptyDatabase = await server.CreateDatabaseAsync();
        await using var cluster = await PostgresSilo.StartAsync(await server.CreateDatabaseAsync(), "table-on-first-use");
        var serializer = cluster.Silos[0].ServiceProvider.GetRequiredService<IGrainStorageSerializer>();
        await using var database = new PostgresDatabase(emptyDatabase);
        var storage = new PostgresGrainStorage("direct", "table-on-first-use", database, serializer);
        Assert.False(await GrainStateRows.TableExistsAsync(emptyDatabase));

        var grainId = GrainId.Create("notebook", "direct");
        await storage.WriteStateAsync("notebook", grainId, new GrainState<NotebookState>(new NotebookState { Writes = 7 }));

        Assert.True(await GrainStateRows.TableExistsAsync(emptyDatabase));
        var read = new GrainState<NotebookState>(new NotebookState());
        await storage.ReadStateAsync("notebook", grainId, read);
        Assert.Equal(7, read.State!.Writes);
        Assert.Equal("1", read.ETag);
    }

    [Fact]
    public async Task State_survives_a_silo_restart_and_stays_within_its_service()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using (var first = await PostgresSilo.StartAsync(connectionString, "restart"))
        {
            await first.Client.GetGrain<INotebookGrain>("kept").Add("before restart", 3, T0);
        }

        await using var second = await PostgresSilo.StartAsync(connectionString, "restart");
        var notebook = second.Client.GetGrain<INotebookGrain>("kept");
        Assert.Equal(["before restart"], (await notebook.Read()).Notes);
        await notebook.Add("after restart", 4, T0.AddMinutes(1));
        Assert.Equal(2L, Assert.Single(await GrainStateRows.ForGrainAsync(connectionString, "kept")).ETag);

        await using var otherService = await PostgresSilo.StartAsync(connectionString, "another-service");
        Assert.False(await otherService.Client.GetGrain<INotebookGrain>("kept").RecordExists());
    }

    [Fact]
    public async Task The_brand_grain_keeps_its_timeline_in_postgres_across_a_deactivation()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var cluster = await PostgresSilo.StartAsync(connectionString, "brand");
        var brand = cluster.Client.GetGrain<IBrandGrain>("pg-brand");
        await brand.Ingest(Enumerable.Range(0, 12).Select(i => Scored("pg-brand", $"m-{i}", T0.AddMinutes(i))).ToList());

        await cluster.DeactivateAsync(brand);
        await cluster.WaitForDeactivationAsync(brand);

        Assert.Equal(12, (await brand.GetTimeline(30)).Buckets.Sum(b => b.Total));
        // The dedup memory came back from the row too: a redelivered mention is not counted again.
        Assert.Equal(0, (await brand.Ingest([Scored("pg-brand", "m-4", T0.AddMinutes(4))])).Accepted);
        var row = Assert.Single(await GrainStateRows.ForGrainAsync(connectionString, "pg-brand"));
        Assert.Equal("brand", row.StateName);
        Assert.True(row.PayloadBytes > 0);
    }

    private static ScoredMention Scored(string brand, string id, DateTimeOffset at) => new()
    {
        Mention = new Mention
        {
            Id = id,
            Brand = brand,
            Source = "twitter",
            Text = "a neutral mention",
            PublishedAt = at,
            Author = new MentionAuthor { Handle = "@reader", Followers = 100 },
        },
        Language = "en",
        Sentiment = new SentimentResult(SentimentLabel.Neutral, 0),
        IngestedAt = at,
    };
}
