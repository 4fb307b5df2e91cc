using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Sentiment;
using Reputation.TweetRisk.Tracking;

namespace Reputation.TweetRisk.Tests;

internal sealed record Confusion(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public int Count => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public override string ToString() =>
        $"n={Count} precision={Precision:0.000} recall={Recall:0.000} (tp={TruePositives} fp={FalsePositives} fn={FalseNegatives} tn={TrueNegatives})";
}

/// <summary>
/// Runs the labelled set two ways: the analyzer alone (is each mention suspect?) and the analyzer plus the
/// tracker per brand in event time (is the mention suspect or joined to an open incident as a relay?).
/// </summary>
internal static class Evaluation
{
    public static (Confusion Analyzer, Confusion Pipeline, List<string> Errors) Run(IReadOnlyList<LabelledCase> cases, IReadOnlyDictionary<string, Brand> brands)
    {
        var analyzer = new PressReleaseAnalyzer();
        var tracker = new SuspectReleaseTracker();
        var assessed = new Dictionary<string, PressReleaseAssessment>();
        foreach (var c in cases)
        {
            assessed[c.Mention.Id] = analyzer.Assess(c.Mention, LabelledSet.BrandFor(brands, c.Mention.Brand), c.Mention.Lang ?? "en");
        }

        var inIncident = new HashSet<string>();
        foreach (var brandCases in cases.GroupBy(c => c.Mention.Brand))
        {
            var brand = LabelledSet.BrandFor(brands, brandCases.Key);
            var state = SuspectReleaseState.Empty;
            foreach (var c in brandCases.OrderBy(c => c.Mention.PublishedAt))
            {
                var step = tracker.Observe(state, c.Mention, assessed[c.Mention.Id], brand);
                state = step.State;
                // Joined: it opened the incident, or the open incident took it in as a relay (not as a
                // corroboration, and not as the denial that closed it).
                var joined = step.Decisions.Any(d => d.Kind == SuspectReleaseDecisionKind.Raise)
                    || (state.Open is { Corroborated: false } open && open.MentionIds.Contains(c.Mention.Id));
                if (joined) inIncident.Add(c.Mention.Id);
            }
        }

        var errors = new List<string>();
        int tp = 0, fp = 0, fn = 0, tn = 0, ptp = 0, pfp = 0, pfn = 0, ptn = 0;
        foreach (var c in cases)
        {
            var a = assessed[c.Mention.Id];
            Count(a.Suspect, c.ExpectedSuspect, ref tp, ref fp, ref fn, ref tn);
            var pipeline = a.Suspect || inIncident.Contains(c.Mention.Id);
            Count(pipeline, c.ExpectedSuspect, ref ptp, ref pfp, ref pfn, ref ptn);
            if (a.Suspect != c.ExpectedSuspect)
            {
                errors.Add($"{(a.Suspect ? "FP" : "FN")} {c.Mention.Id} [{c.Split}/{c.Category}] risk={a.Risk:0.000} pipeline={pipeline} {string.Join(" | ", a.Reasons)}");
            }
        }

        return (new Confusion(tp, fp, fn, tn), new Confusion(ptp, pfp, pfn, ptn), errors);
    }

    private static void Count(bool predicted, bool expected, ref int tp, ref int fp, ref int fn, ref int tn)
    {
        if (predicted && expected) tp++;
        else if (predicted) fp++;
        else if (expected) fn++;
        else tn++;
    }
}
