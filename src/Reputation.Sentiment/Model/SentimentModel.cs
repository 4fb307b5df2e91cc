using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Reputation.Abstractions.Sentiment;
using Reputation.Sentiment.Features;

namespace Reputation.Sentiment.Model;

/// <summary>
/// A trained sentiment model: ML.NET's maximum-entropy classifier over <see cref="MentionFeaturizer"/> features.
/// <see cref="Score"/> does not go through ML.NET: it reads the learned weights once and computes the same
/// softmax over the sparse features itself, which is allocation-free and many times faster than a
/// PredictionEngine. <see cref="CreateEngineScorer"/> gives the ML.NET path, used to check the two agree.
/// Immutable and thread-safe.
/// </summary>
public sealed class SentimentModel : ISentimentScorer
{
    private const string DefaultResource = "Reputation.Sentiment.model.zip";

    [ThreadStatic]
    private static SparseFeatures? _scratch;

    private static readonly Lazy<SentimentModel> DefaultModel = new(LoadEmbedded);

    // Weights laid out feature-major ([feature * 3 + class]) so one feature's three weights share a cache line.
    private readonly float[] _weights;
    private readonly float[] _biases;

    internal SentimentModel(MLContext context, ITransformer transformer, DataViewSchema inputSchema)
    {
        Context = context;
        Transformer = transformer;
        InputSchema = inputSchema;
        var parameters = ExtractParameters(transformer);
        VBuffer<float>[] classWeights = [];
        parameters.GetWeights(ref classWeights, out var classes);
        if (classes != SentimentClasses.Count)
            throw new InvalidDataException($"A sentiment model has {SentimentClasses.Count} classes; this one has {classes}.");
        _biases = [.. parameters.GetBiases()];
        _weights = new float[MentionFeaturizer.Dimension * SentimentClasses.Count];
        for (var c = 0; c < classes; c++)
        {
            if (classWeights[c].Length != MentionFeaturizer.Dimension)
                throw new InvalidDataException($"The model expects {classWeights[c].Length} features; this build makes {MentionFeaturizer.Dimension}.");
            foreach (var (index, value) in classWeights[c].Items())
                _weights[index * SentimentClasses.Count + c] = value;
        }
    }

    internal MLContext Context { get; }
    internal ITransformer Transformer { get; }
    internal DataViewSchema InputSchema { get; }

    /// <summary>The model shipped inside this assembly, loaded once per process.</summary>
    public static SentimentModel LoadDefault() => DefaultModel.Value;

    public static SentimentModel Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
            throw new FileNotFoundException($"No sentiment model at '{path}'.", path);
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    public static SentimentModel Load(Stream stream)
    {
        var context = new MLContext(seed: 1);
        var transformer = context.Model.Load(stream, out var schema);
        return new SentimentModel(context, transformer, schema);
    }

    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
            Directory.CreateDirectory(directory);
        Context.Model.Save(Transformer, InputSchema, path);
    }

    public SentimentResult Score(string text, string lang)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lang);
        var features = _scratch ??= new SparseFeatures();
        MentionFeaturizer.Featurize(text, lang, features);
        Span<float> scores = stackalloc float[SentimentClasses.Count];
        Probabilities(features, scores);
        return SentimentClasses.Result(scores[SentimentClasses.Negative], scores[SentimentClasses.Neutral], scores[SentimentClasses.Positive]);
    }

    /// <summary>The class probabilities of already-featurised text (negative, neutral, positive).</summary>
    public void Probabilities(SparseFeatures features, Span<float> probabilities)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (probabilities.Length < SentimentClasses.Count)
            throw new ArgumentException($"Room for {SentimentClasses.Count} probabilities is needed.", nameof(probabilities));
        float s0 = _biases[0], s1 = _biases[1], s2 = _biases[2];
        var indices = features.Indices;
        var values = features.Values;
        var weights = _weights;
        for (var k = 0; k < features.Count; k++)
        {
            var at = indices[k] * SentimentClasses.Count;
            var v = values[k];
            s0 += weights[at] * v;
            s1 += weights[at + 1] * v;
            s2 += weights[at + 2] * v;
        }
        var max = MathF.Max(s0, MathF.Max(s1, s2));
        var e0 = MathF.Exp(s0 - max);
        var e1 = MathF.Exp(s1 - max);
        var e2 = MathF.Exp(s2 - max);
        var sum = e0 + e1 + e2;
        probabilities[0] = e0 / sum;
        probabilities[1] = e1 / sum;
        probabilities[2] = e2 / sum;
    }

    /// <summary>A scorer that runs ML.NET's own prediction engine on the same features (slower; for checks).</summary>
    public ISentimentScorer CreateEngineScorer() => new EngineSentimentScorer(this);

    private static LinearMulticlassModelParametersBase ExtractParameters(ITransformer transformer)
    {
        if (transformer is TransformerChain<ITransformer> chain)
            transformer = chain.LastTransformer;
        if (transformer is ISingleFeaturePredictionTransformer<object> { Model: LinearMulticlassModelParametersBase parameters })
            return parameters;
        throw new InvalidDataException($"Not a sentiment model: expected a linear multiclass predictor, found {transformer.GetType().Name}.");
    }

    private static SentimentModel LoadEmbedded()
    {
        using var stream = typeof(SentimentModel).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException(
                $"The default sentiment model '{DefaultResource}' is not embedded in {typeof(SentimentModel).Assembly.GetName().Name}; "
                + "train it with SentimentTraining.Run (see src/Reputation.Sentiment/Corpus/README.md).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return Load(copy);
    }
}
