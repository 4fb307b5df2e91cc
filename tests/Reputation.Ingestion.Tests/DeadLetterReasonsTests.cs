using Reputation.Abstractions.Mentions;
using Reputation.Ingestion.Tests.Support;

namespace Reputation.Ingestion.Tests;

public sealed class DeadLetterReasonsTests
{
    [Fact]
    public void Every_failure_sorts_into_its_bucket()
    {
        var parser = new MentionParser(TimeProvider.System);
        foreach (var (message, reason) in TestMentions.Invalid())
        {
            Assert.False(parser.Parse(message.Value, message.Key).IsValid);
            Assert.Equal(reason, DeadLetterReasons.Classify(parser, message.Value, message.Key));
        }
    }
}
