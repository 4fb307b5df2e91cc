using Reputation.Abstractions.Sentiment;
using Reputation.Sentiment.Model;

namespace Reputation.Sentiment.Tests;

public sealed class ModelRoundTripTests
{
    private static readonly string[] Probes =
    [
        "Not bad at all", "pas terrible", "The battery died after two days 😡", "Merci pour la livraison rapide !",
        "Voltix opens a store in Lyon on Monday", "sooooo goooood #love", "@x https://t.co/y never again", "",
        "De klantenservice was erg vriendelijk", "I didn't like the ending, but the acting was superb",
    ];

    [Fact]
    public void The_fast_scorer_agrees_with_the_mlnet_prediction_engine()
    {
        var model = SentimentModel.LoadDefault();
        var engine = model.CreateEngineScorer();
        foreach (var text in Probes)
        {
            foreach (var lang in new[] { "en", "fr", "nl" })
            {
                var fast = model.Score(text, lang);
                var slow = engine.Score(text, lang);
                Assert.Equal(slow.Label, fast.Label);
                Assert.Equal(slow.Score, fast.Score, 1e-5);
            }
        }
    }

    [Fact]
    public void A_saved_and_reloaded_model_scores_identically()
    {
        var model = SentimentModel.LoadDefault();
        var path = Path.Combine(Path.GetTempPath(), $"sentiment-{Guid.NewGuid():N}.zip");
        try
        {
            model.Save(path);
            var reloaded = SentimentModel.Load(path);
            foreach (var text in Probes)
                Assert.Equal(model.Score(text, "en"), reloaded.Score(text, "en"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_model_trained_on_a_users_data_learns_it_and_round_trips()
    {
        var data = new List<LabelledText>();
        for (var i = 0; i < 30; i++)
        {
            data.Add(new LabelledText(SentimentLabel.Positive, $"the zorblax feature number {i} is wonderful", "en"));
            data.Add(new LabelledText(SentimentLabel.Negative, $"the quuxifier ticket {i} is stuck", "en"));
            data.Add(new LabelledText(SentimentLabel.Neutral, $"meeting {i} moved to room {i + 3}", "en"));
        }
        var model = SentimentTrainer.Train(data);
        Assert.Equal(SentimentLabel.Negative, model.Score("quuxifier stuck again", "en").Label);
        Assert.Equal(SentimentLabel.Positive, model.Score("zorblax is wonderful", "en").Label);

        var path = Path.Combine(Path.GetTempPath(), $"sentiment-{Guid.NewGuid():N}.zip");
        try
        {
            model.Save(path);
            var reloaded = SentimentModel.Load(path);
            Assert.Equal(model.Score("quuxifier stuck again", "en"), reloaded.Score("quuxifier stuck again", "en"));
            Assert.Equal(reloaded.Score("quuxifier stuck again", "en").Score, reloaded.CreateEngineScorer().Score("quuxifier stuck again", "en").Score, 1e-5);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Training_without_all_three_labels_is_refused()
    {
        var data = new[] { new LabelledText(SentimentLabel.Positive, "good", "en"), new LabelledText(SentimentLabel.Negative, "bad", "en") };
        var error = Assert.Throws<ArgumentException>(() => SentimentTrainer.Train(data));
        Assert.Contains("all three labels", error.Message);
    }

    [Fact]
    public void Loading_a_missing_file_names_it()
    {
        var error = Assert.Throws<FileNotFoundException>(() => SentimentModel.Load("/nonexistent/model.zip"));
        Assert.Contains("/nonexistent/model.zip", error.Message);
    }
}
