using Microsoft.ML.Data;
using Reputation.Sentiment.Features;

namespace Reputation.Sentiment.Model;

/// <summary>What the ML.NET part of the model consumes: our own sparse feature vector.</summary>
internal sealed class FeatureInput
{
    [VectorType(MentionFeaturizer.Dimension)]
    public VBuffer<float> Features { get; set; }
}

internal sealed class LabelledFeatureInput
{
    public string Label { get; set; } = "";

    [VectorType(MentionFeaturizer.Dimension)]
    public VBuffer<float> Features { get; set; }
}

/// <summary>ML.NET's output: one probability per class, in <see cref="SentimentClasses"/> order.</summary>
internal sealed class ClassProbabilities
{
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}
