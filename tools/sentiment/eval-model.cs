#:project ../../src/Reputation.Sentiment/Reputation.Sentiment.csproj
#:property PublishAot=false
// Measures a sentiment model on the shared evaluation sets, as `reputation eval-sentiment` does:
//   dotnet run tools/sentiment/eval-model.cs -- ../shared/eval/sentiment [model.zip]
// Without a model path it measures the default model embedded in the library.
using Reputation.Sentiment.Evaluation;
using Reputation.Sentiment.Model;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: eval-model.cs <eval dir> [model.zip]");
    return 2;
}
var model = args.Length > 1 ? SentimentModel.Load(args[1]) : SentimentModel.LoadDefault();
return SentimentEvaluation.Run(args[0], model, Console.Out);
