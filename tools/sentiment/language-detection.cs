#:project ../../src/Reputation.Sentiment/Reputation.Sentiment.csproj
#:property PublishAot=false
// Measures LanguageDetector's accuracy and speed on texts of known language:
//   dotnet run tools/sentiment/language-detection.cs -c Release -- ../shared/eval/sentiment
// SemEval tweets are English, DEFT tweets French (train and val); tools/sentiment/nl-mentions.txt and the texts of the
// Dutch sentiment test set (tests/Reputation.Sentiment.Tests/Data/nl-mentions.tsv, Dutch and Flemish) were written for the project. Prints, per set, how many the function-word first pass decided alone, its accuracy on
// those, the detector's accuracy overall, and detections per second on one thread (after a warm-up pass).
using System.Diagnostics;
using Reputation.Sentiment.Language;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: language-detection.cs <eval sentiment dir>");
    return 2;
}
var toolDir = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".";
string[] Lines(string path) => File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
var sets = new (string Name, string Lang, string[] Texts)[]
{
    ("en/semeval2017 train+val", "en", [.. Lines(Path.Combine(args[0], "en/semeval2017/train_text.txt")), .. Lines(Path.Combine(args[0], "en/semeval2017/val_text.txt"))]),
    ("fr/deft2017 train+val", "fr", [.. Lines(Path.Combine(args[0], "fr/deft2017/train_text.txt")), .. Lines(Path.Combine(args[0], "fr/deft2017/val_text.txt"))]),
    ("nl/hand-written", "nl", Lines(Path.Combine(toolDir, "nl-mentions.txt"))),
    ("nl/sentiment test set", "nl", [.. Lines(Path.Combine(toolDir, "..", "..", "tests", "Reputation.Sentiment.Tests", "Data", "nl-mentions.tsv")).Select(l => l[(l.LastIndexOf('\t') + 1)..])]),
};

foreach (var lowAccuracy in new[] { false, true })
{
    var detector = new LanguageDetector(lowAccuracyMode: lowAccuracy);
    var start = Stopwatch.StartNew();
    detector.Preload();
    Console.WriteLine($"Lingua {(lowAccuracy ? "low" : "high")}-accuracy fallback, preload {start.Elapsed.TotalSeconds:F2} s");
    Console.WriteLine($"{"set",-26} {"n",6} {"first pass",11} {"its acc",8} {"accuracy",9} {"texts/s",10}");
    foreach (var (name, lang, texts) in sets)
    {
        int decided = 0, decidedRight = 0, right = 0;
        foreach (var text in texts)
        {
            var guess = StopWordLanguageGuess.TryGuess(text, out _);
            if (guess is not null)
            {
                decided++;
                if (guess == lang) decidedRight++;
            }
            if (detector.Detect(text) == lang) right++;
        }
        var watch = Stopwatch.StartNew();
        var rounds = 0;
        do
        {
            foreach (var text in texts) detector.Detect(text);
            rounds++;
        } while (watch.Elapsed.TotalSeconds < 1);
        var perSecond = rounds * texts.Length / watch.Elapsed.TotalSeconds;
        Console.WriteLine($"{name,-26} {texts.Length,6} {decided / (double)texts.Length,11:P1} {decidedRight / (double)Math.Max(1, decided),8:P1} {right / (double)texts.Length,9:P1} {perSecond,10:N0}");
    }
}
return 0;
