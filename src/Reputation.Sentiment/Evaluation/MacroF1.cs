using Reputation.Abstractions.Sentiment;

namespace Reputation.Sentiment.Evaluation;

/// <summary>Macro-averaged F1 over a chosen set of classes; predictions outside that set simply count as wrong.</summary>
public static class MacroF1
{
    public static double Compute(IReadOnlyList<SentimentLabel> gold, IReadOnlyList<SentimentLabel> predicted, IReadOnlyList<SentimentLabel> classes)
    {
        if (gold.Count != predicted.Count)
            throw new ArgumentException("Gold and predicted labels differ in count.", nameof(predicted));
        var total = 0.0;
        foreach (var c in classes)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < gold.Count; i++)
            {
                var isGold = gold[i] == c;
                var isPredicted = predicted[i] == c;
                if (isGold && isPredicted) tp++;
                else if (isPredicted) fp++;
                else if (isGold) fn++;
            }
            total += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        return total / classes.Count;
    }
}
