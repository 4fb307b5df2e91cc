using Reputation.Sentiment.Text;

namespace Reputation.Sentiment.Features;

/// <summary>
/// The sparse feature vector of one mention (sorted indices, no duplicates) plus the token scratch space it was
/// built from. Reused across calls by one thread at a time.
/// </summary>
public sealed class SparseFeatures
{
    public int[] Indices { get; private set; } = new int[512];
    public float[] Values { get; private set; } = new float[512];
    public int Count { get; private set; }
    public MentionTokens Tokens { get; } = new();

    public void Clear() => Count = 0;

    public void Add(int index, float value)
    {
        if (Count == Indices.Length)
        {
            var indices = new int[Indices.Length * 2];
            var values = new float[Values.Length * 2];
            Indices.AsSpan(0, Count).CopyTo(indices);
            Values.AsSpan(0, Count).CopyTo(values);
            Indices = indices;
            Values = values;
        }
        Indices[Count] = index;
        Values[Count] = value;
        Count++;
    }

    /// <summary>Sorts by index and sums duplicates (hashed n-grams that repeat or collide).</summary>
    public void SortAndMerge()
    {
        if (Count < 2)
            return;
        Array.Sort(Indices, Values, 0, Count);
        var written = 0;
        for (var r = 1; r < Count; r++)
        {
            if (Indices[r] == Indices[written])
            {
                Values[written] += Values[r];
            }
            else
            {
                written++;
                Indices[written] = Indices[r];
                Values[written] = Values[r];
            }
        }
        Count = written + 1;
    }

    /// <summary>Scales the entries whose index is in [from, to) to unit length, so long mentions do not dominate.</summary>
    public void NormaliseRange(int from, int to)
    {
        var sum = 0.0;
        for (var k = 0; k < Count; k++)
            if (Indices[k] >= from && Indices[k] < to)
                sum += Values[k] * Values[k];
        if (sum <= 0)
            return;
        var scale = (float)(1.0 / Math.Sqrt(sum));
        for (var k = 0; k < Count; k++)
            if (Indices[k] >= from && Indices[k] < to)
                Values[k] *= scale;
    }

    public float[] ToDense(int dimension)
    {
        var dense = new float[dimension];
        for (var k = 0; k < Count; k++)
            dense[Indices[k]] = Values[k];
        return dense;
    }
}
