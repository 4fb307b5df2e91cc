using Reputation.Detection.Backtest;

// Usage: Reputation.DetectRunner [--input series.csv] [--output out.csv]; standard in/out otherwise.
string? inputPath = null, outputPath = null;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--input" when i + 1 < args.Length: inputPath = args[++i]; break;
        case "--output" when i + 1 < args.Length: outputPath = args[++i]; break;
        default:
            Console.Error.WriteLine($"unknown or incomplete argument '{args[i]}'; usage: [--input series.csv] [--output out.csv]");
            return 2;
    }
}

using var input = inputPath is null ? Console.In : new StreamReader(inputPath);
using var output = outputPath is null ? Console.Out : new StreamWriter(outputPath);
return DetectCommand.Run(input, output, Console.Error);
