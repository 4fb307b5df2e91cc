using Reputation.Sentiment.Text;

namespace Reputation.Sentiment.Features;

/// <summary>
/// The sparse feature vector of one mention plus the scratch space it was built from. Repeated and colliding
/// features are summed through a dense accumulator as they are added (no sort on the scoring path);
/// <see cref="SortByIndex"/> orders them for ML.NET, which wants increasing indices. Reused across calls by one
/// thread at a time.
/// </summary>
public sealed class SparseFeatures
{
    private readonly float[] _accumulator = new float[MentionFeaturizer.Dimension];

    public int[] Indices { get; private set; } = new int[512];
    public float[] Values { get; private set; } = new float[512];
    public int Count { get; private set; }
    public MentionTokens Tokens { get; } = new();

    public void Clear()
    {
        for (var k = 0; k < Count; k++)
            _accumulator[Indices[k]] = 0;
        Count = 0;
    }

    /// <summary>Adds to a feature; values are positive except the dense block's, which is added once per index.</summary>
    public void Add(int index, float value)
    {
        if (value == 0)
            return;
        if (_accumulator[index] == 0)
        {
            if (Count == Indices.Length)
                Grow();
            Indices[Count++] = index;
        }
        _accumulator[index] += value;
    }

    /// <summary>Copies the summed values out and scales the two hashed blocks to unit length.</summary>
    public void Complete(int firstBlockStart, int secondBlockStart)
    {
        double first = 0, second = 0;
        for (var k = 0; k < Count; k++)
        {
            var index = Indices[k];
            var value = _accumulator[index];
            Values[k] = value;
            if (index >= secondBlockStart)
                second += value * value;
            else if (index >= firstBlockStart)
                first += value * value;
        }
        var firstScale = first > 0 ? (float)(1 / Math.Sqrt(first)) : 1f;
        var secondScale = second > 0 ? (float)(1 / Math.Sqrt(second)) : 1f;
        for (var k = 0; k < Count; k++)
        {
            var index = Indices[k];
            if (index >= secondBlockStart)
                Values[k] *= secondScale;
            else if (index >= firstBlockStart)
                Values[k] *= firstScale;
        }
    }

    /// <summary>Orders the entries by index, as ML.NET's sparse vectors require.</summary>
    public void SortByIndex() => Array.Sort(Indices, Values, 0, Count);

    private void Grow()
    {
        var indices = new int[Indices.Length * 2];
        var values = new float[Values.Length * 2];
        Indices.AsSpan(0, Count).CopyTo(indices);
        Values.AsSpan(0, Count).CopyTo(values);
        Indices = indices;
        Values = values;
    }
}
