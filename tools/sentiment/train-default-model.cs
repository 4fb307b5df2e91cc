#:project ../../src/Reputation.Sentiment/Reputation.Sentiment.csproj
#:property PublishAot=false
// Retrains the shipped default sentiment model from the corpus in the repo:
//   dotnet run tools/sentiment/train-default-model.cs
// (regenerate the synthetic part first with: python3 src/Reputation.Sentiment/Corpus/generate_corpus.py)
using Reputation.Sentiment.Training;

var root = Path.GetFullPath(Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", "..", ".."));
var corpus = Path.Combine(root, "src", "Reputation.Sentiment", "Corpus");
var output = args.Length > 0 ? args[0] : Path.Combine(root, "src", "Reputation.Sentiment", "Model", "sentiment-model.zip");
return SentimentTraining.Run(corpus, output, Console.Out);
