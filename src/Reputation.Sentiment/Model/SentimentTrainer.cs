using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Reputation.Abstractions.Sentiment;
using Reputation.Sentiment.Features;
using Reputation.Sentiment.Language;

namespace Reputation.Sentiment.Model;

/// <summary>Trains a <see cref="SentimentModel"/>: our featurisation, ML.NET's SDCA maximum-entropy learner.</summary>
public static class SentimentTrainer
{
    /// <summary>Bounds one training run; far more than any hand-made corpus, small enough to stay in memory.</summary>
    public const int MaxExamples = 2_000_000;

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
        var trainer = context.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            L2Regularization = options.L2Regularization,
            L1Regularization = options.L1Regularization,
            MaximumNumberOfIterations = options.MaximumIterations,
            NumberOfThreads = 1,
            Shuffle = true,
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
    public float L2Regularization { get; init; } = 1e-5f;
    /// <summary>SDCA picks an L1 strength from the data when this is null, which zeroes most hashed n-gram weights.</summary>
    public float? L1Regularization { get; init; } = 0f;
    public int MaximumIterations { get; init; } = 30;
}
