using BenchmarkDotNet.Attributes;
using Reputation.Abstractions.Mentions;
using Reputation.Scoring;
using Reputation.Sentiment.Language;
using Reputation.Sentiment.Model;
using Reputation.TweetRisk;

namespace Reputation.Benchmarks;

/// <summary>Per-mention work on the consumer: parse + validate, then the scoring stage and its parts.</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private readonly MentionParser parser = new(TimeProvider.System);
    private readonly byte[] json = SampleMentions.Json(SampleMentions.Complaint);
    private readonly SentimentModel sentiment = SentimentModel.LoadDefault();
    private readonly LanguageDetector languages = LanguageDetector.Shared;
    private readonly PressReleaseAnalyzer releases = new();
    private readonly Mention complaint = SampleMentions.Mention(SampleMentions.Complaint);
    private readonly Mention complaintNoLang = SampleMentions.Mention(SampleMentions.Complaint, lang: null);
    private readonly Mention fakeRelease = SampleMentions.Mention(SampleMentions.FakeRelease);
    private MentionScorer scorer = null!;

    [GlobalSetup]
    public void Setup()
    {
        languages.Preload();
        scorer = new MentionScorer(sentiment, languages, releases, new StaticBrandProfiles([SampleMentions.Acme]));
    }

    [Benchmark]
    public Mention? ParseAndValidate() => parser.Parse(json, "acme").Mention;

    [Benchmark]
    public object SentimentScore() => sentiment.Score(SampleMentions.Complaint, "en");

    [Benchmark]
    public string DetectLanguage() => languages.Detect(SampleMentions.DutchReply);

    [Benchmark]
    public object TweetRiskComplaint() => releases.Assess(complaint, SampleMentions.Acme, "en");

    [Benchmark]
    public object TweetRiskFakeRelease() => releases.Assess(fakeRelease, SampleMentions.Acme, "en");

    [Benchmark]
    public ScoredMention ScoreWithDeclaredLanguage() => scorer.Score(complaint, SampleMentions.Now);

    [Benchmark]
    public ScoredMention ScoreDetectingLanguage() => scorer.Score(complaintNoLang, SampleMentions.Now);
}
