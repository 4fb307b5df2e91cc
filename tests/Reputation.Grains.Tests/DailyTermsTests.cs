using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Sentiment;
using Reputation.Grains.Brands;
using static Reputation.Grains.Tests.Mentions;

namespace Reputation.Grains.Tests;

public sealed class DailyTermsTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 11, 10, 0, 0, 0, TimeSpan.Zero);
    private static DateOnly D(DateTimeOffset t) => DateOnly.FromDateTime(t.UtcDateTime);

    [Fact]
    public void Keeps_the_newest_day_and_the_day_before_and_only_negative_terms()
    {
        var terms = new DailyTerms();
        terms.Observe(Scored("acme", "1", Day1.AddHours(1), SentimentLabel.Negative, "acme refund delayed"), "acme");
        terms.Observe(Scored("acme", "2", Day1.AddHours(2), SentimentLabel.Positive, "lovely staff"), "acme");
        terms.Observe(Scored("acme", "3", Day1.AddDays(1), SentimentLabel.Negative, "outage outage"), "acme");
        // Late mention for the day before the newest still counts.
        terms.Observe(Scored("acme", "4", Day1.AddHours(3), SentimentLabel.Negative, "refund"), "acme");

        Assert.Equal([new TermCount("refund", 2), new TermCount("delayed", 1)], terms.Top(D(Day1), 10));
        Assert.Equal([new TermCount("outage", 2)], terms.Top(D(Day1.AddDays(1)), 10));

        // Two days later: both older days are gone, and a mention for them is no longer counted.
        terms.Observe(Scored("acme", "5", Day1.AddDays(3), SentimentLabel.Negative, "strike"), "acme");
        terms.Observe(Scored("acme", "6", Day1.AddHours(4), SentimentLabel.Negative, "refund"), "acme");
        Assert.Empty(terms.Top(D(Day1), 10));
        Assert.Empty(terms.Top(D(Day1.AddDays(2)), 10));
        Assert.Equal([new TermCount("strike", 1)], terms.Top(D(Day1.AddDays(3)), 10));
    }

    [Fact]
    public void A_full_day_drops_single_terms_to_make_room_and_keeps_repeated_ones()
    {
        var terms = new DailyTerms();
        terms.Observe(Scored("acme", "r1", Day1, SentimentLabel.Negative, "recurring"), "acme");
        terms.Observe(Scored("acme", "r2", Day1, SentimentLabel.Negative, "recurring"), "acme");
        for (var i = 0; i < DailyTerms.MaxTermsPerDay * 2; i++)
        {
            terms.Observe(Scored("acme", $"w{i}", Day1, SentimentLabel.Negative, "word" + new string((char)('a' + i % 26), 1 + i / 26)), "acme");
        }

        Assert.InRange(terms.Current.Count, 1, DailyTerms.MaxTermsPerDay);
        Assert.Equal(new TermCount("recurring", 2), terms.Top(D(Day1), 1)[0]);
    }
}
