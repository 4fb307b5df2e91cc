using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Reputation.TweetRisk.Tracking;

namespace Reputation.TweetRisk.Tests;

/// <summary>The tracker state is what the brand grain persists: it must survive Orleans serialization intact.</summary>
public sealed class StateSerializationTests
{
    [Fact]
    public void Tracker_state_round_trips_through_the_orleans_serializer()
    {
        var analyzer = new PressReleaseAnalyzer();
        var tracker = new SuspectReleaseTracker();
        var fake = TestMentions.VinciFake();
        var relay = TestMentions.Make("RT VINCI licenciement du directeur financier", reshareOf: fake.Id, at: fake.PublishedAt.AddMinutes(1), id: "rt-1");
        var state = tracker.Observe(SuspectReleaseState.Empty, fake, analyzer.Assess(fake, TestMentions.Vinci, "fr"), TestMentions.Vinci).State;
        state = tracker.Observe(state, relay, analyzer.Assess(relay, TestMentions.Vinci, "fr"), TestMentions.Vinci).State;

        using var services = new ServiceCollection().AddSerializer(b => b.AddAssembly(typeof(SuspectReleaseState).Assembly)).BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        var copy = serializer.Deserialize<SuspectReleaseState>(serializer.SerializeToArray(state));

        Assert.NotNull(copy?.Open);
        var open = copy!.Open!;
        Assert.Equal(state.Open!.IncidentId, open.IncidentId);
        Assert.Equal(state.Open.Evidence.Select(e => e.MentionId), open.Evidence.Select(e => e.MentionId));
        Assert.Equal(state.Open.Claim.Hosts, open.Claim.Hosts);
        Assert.Equal(state.Open.Reasons, open.Reasons);
        Assert.Equal(state.Open.Risk, open.Risk);

        // The copy keeps working: the next relay is recognised through the ids it carried over.
        var next = TestMentions.Make("RT VINCI révision des comptes", reshareOf: "rt-1", at: fake.PublishedAt.AddMinutes(2), id: "rt-2");
        var step = tracker.Observe(copy, next, analyzer.Assess(next, TestMentions.Vinci, "fr"), TestMentions.Vinci);
        Assert.Equal(2, step.State.Open!.Relays);
    }
}
