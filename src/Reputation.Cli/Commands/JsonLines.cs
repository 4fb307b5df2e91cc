using System.Text;
using Reputation.Abstractions.Mentions;

namespace Reputation.Cli.Commands;

/// <summary>Reads a JSONL file of mentions with the service's own parser; a bad line is reported by number and skipped.</summary>
internal static class JsonLines
{
    public static IEnumerable<Mention> ReadMentions(TextReader input, MentionParser parser, TextWriter errors, Action onRejected)
    {
        var number = 0;
        while (input.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var result = parser.Parse(Encoding.UTF8.GetBytes(line));
            if (result.Mention is { } mention)
            {
                yield return mention;
            }
            else
            {
                errors.WriteLine($"line {number}: {result.Error}");
                onRejected();
            }
        }
    }
}
