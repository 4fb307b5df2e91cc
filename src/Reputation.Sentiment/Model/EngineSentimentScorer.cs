using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using Reputation.Abstractions.Sentiment;
using Reputation.Sentiment.Features;

namespace Reputation.Sentiment.Model;

/// <summary>
/// Scores through ML.NET's PredictionEngine. A PredictionEngine is not thread-safe, so engines are pooled: each
/// call borrows one and returns it.
/// </summary>
internal sealed class EngineSentimentScorer(SentimentModel model) : ISentimentScorer
{
    [ThreadStatic]
    private static SparseFeatures? _scratch;

    private readonly ConcurrentBag<PredictionEngine<FeatureInput, ClassProbabilities>> _engines = [];

    public SentimentResult Score(string text, string lang)
    {
        var features = _scratch ??= new SparseFeatures();
        MentionFeaturizer.Featurize(text, lang, features);
        features.SortByIndex();
        var input = new FeatureInput
        {
            Features = new VBuffer<float>(MentionFeaturizer.Dimension, features.Count, features.Values[..features.Count], features.Indices[..features.Count]),
        };
        if (!_engines.TryTake(out var engine))
            engine = model.Context.Model.CreatePredictionEngine<FeatureInput, ClassProbabilities>(model.Transformer, inputSchema: model.InputSchema);
        try
        {
            var p = engine.Predict(input).Score;
            return SentimentClasses.Result(p[SentimentClasses.Negative], p[SentimentClasses.Neutral], p[SentimentClasses.Positive]);
        }
        finally
        {
            _engines.Add(engine);
        }
    }
}
