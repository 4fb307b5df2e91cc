using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Reputation.Abstractions.Sentiment;
using Reputation.Sentiment.Features;
using Reputation.Sentiment.Language;

namespace Reputation.Sentiment.Model;

/// <summary>Trains a <see cref="SentimentModel"/>: our featurisation, ML.NET's L-BFGS maximum-entropy learner.</summary>
public static class SentimentTrainer
{
    /// <summary>Bounds one training run: far more than any hand-made corpus, and its features stay under ~1 GB.</summary>
    public const int MaxExamples = 500_000;

    public static SentimentModel Train(IEnumerable<LabelledText> examples, SentimentTrainerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options ??= new SentimentTrainerOptions();
        var rows = new List<LabelledFeatureInput>();
        var seen = new HashSet<SentimentLabel>();
        var features = new SparseFeatures();
        foreach (var example in examples)
        {
            if (rows.Count == MaxExamples)
                throw new ArgumentException($"More than {MaxExamples} training examples.", nameof(examples));
            var lang = example.Lang ?? LanguageDetector.Shared.Detect(example.Text);
            MentionFeaturizer.Featurize(example.Text, lang, features);
            features.SortByIndex();
            rows.Add(new LabelledFeatureInput
            {
                Label = SentimentClasses.Name(example.Label),
                Features = new VBuffer<float>(MentionFeaturizer.Dimension, features.Count,
                    features.Values[..features.Count], features.Indices[..features.Count]),
            });
            seen.Add(example.Label);
        }
        if (seen.Count != SentimentClasses.Count)
            throw new ArgumentException("Training needs examples of all three labels (negative, neutral, positive).", nameof(examples));

        var context = new MLContext(seed: options.Seed);
        var data = context.Data.LoadFromEnumerable(rows);
        // By value: key order is then alphabetical, which is SentimentClasses' order whatever order the data has.
        var toKey = context.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue).Fit(data);
        var keyed = context.Data.Cache(toKey.Transform(data));
        var trainer = context.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            L2Regularization = options.L2Regularization,
            L1Regularization = options.L1Regularization,
            NumberOfThreads = 1,
        });
        var predictor = trainer.Fit(keyed);
        var inputSchema = context.Data.LoadFromEnumerable(Array.Empty<FeatureInput>()).Schema;
        return new SentimentModel(context, predictor, inputSchema);
    }
}

/// <summary>Learner settings; the defaults are the ones the shipped model was trained with.</summary>
public sealed record SentimentTrainerOptions
{
    public int Seed { get; init; } = 1;
    /// <summary>Measured on the eval sets: 0.01 to 0.1 are within noise of each other; 0.01 was best on reviews.</summary>
    public float L2Regularization { get; init; } = 0.01f;
    /// <summary>No L1: the hashed n-gram weights are many and small, and L1 would zero most of them.</summary>
    public float L1Regularization { get; init; }
}
