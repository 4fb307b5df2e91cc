using Reputation.Abstractions.Sentiment;

namespace Reputation.Sentiment.Model;

/// <summary>
/// The class order of the model's outputs. Labels are mapped to keys by value, so the alphabetical order of these
/// names is the order ML.NET gives the classes: negative, neutral, positive.
/// </summary>
internal static class SentimentClasses
{
    public const int Count = 3;
    public const int Negative = 0;
    public const int Neutral = 1;
    public const int Positive = 2;

    public static string Name(SentimentLabel label) => label switch
    {
        SentimentLabel.Negative => "negative",
        SentimentLabel.Neutral => "neutral",
        SentimentLabel.Positive => "positive",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Unknown sentiment label."),
    };

    /// <summary>The verdict from the three class probabilities: the likeliest class, and P(positive) − P(negative).</summary>
    public static SentimentResult Result(float negative, float neutral, float positive)
    {
        var label = negative >= neutral && negative >= positive ? SentimentLabel.Negative
            : positive > neutral ? SentimentLabel.Positive
            : SentimentLabel.Neutral;
        var score = Math.Clamp((double)positive - negative, -1.0, 1.0);
        return new SentimentResult(label, score);
    }
}
