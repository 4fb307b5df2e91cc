using System.Text;

namespace Reputation.Reliability.Tests.Api;

/// <summary>Seeded generators of request bodies and query values that no endpoint should accept.</summary>
public sealed class MalformedInput(int seed)
{
    private readonly Random random = new(seed);

    /// <summary>Bodies that are not a valid instance of whatever JSON object the endpoint expects.</summary>
    public byte[] Body()
    {
        switch (random.Next(11))
        {
            case 0:
                var noise = new byte[random.Next(1, 3_000)];
                random.NextBytes(noise);
                return noise;
            case 1:
                return [];
            case 2:
                return Encoding.UTF8.GetBytes("{\"id\": \"x\", \"name\": ");
            case 3:
                var depth = random.Next(65, 5_000);
                return Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth));
            case 4:
                return Encoding.UTF8.GetBytes(random.Next(4) switch { 0 => "null", 1 => "42", 2 => "\"text\"", _ => "true" });
            case 5:
                return Encoding.UTF8.GetBytes("{\"id\": 12, \"name\": [1], \"url\": {}, \"secret\": false, \"brands\": \"all\", \"enabled\": \"yes\"}");
            case 6:
                return Encoding.UTF8.GetBytes("{\"limit\": 1e400, \"followers\": -99999999999999999999999, \"minSeverity\": 1.5}");
            case 7:
                return [0xC3, 0x28, (byte)'{', 0xFF, 0xFE];
            case 8:
                return Encoding.UTF8.GetBytes("{\"id\": \"" + new string('z', random.Next(1_000, 200_000)) + "\"}");
            case 9:
                return Encoding.UTF8.GetBytes("{}");
            default:
                return Encoding.UTF8.GetBytes("{\"url\": \"http://\u0000\u202e/\", \"secret\": \"\", \"brands\": [\"UPPER\", \"\", null], \"types\": [\"nope\"], \"minSeverity\": \"catastrophic\"}");
        }
    }

    /// <summary>A query value that is not a number in range, or not a valid name: already URL-escaped.</summary>
    public string QueryValue()
    {
        var raw = random.Next(10) switch
        {
            0 => "-1",
            1 => "0",
            2 => "99999999999999999999",
            3 => "1e3",
            4 => "abc",
            5 => " ",
            6 => new string('9', random.Next(50, 3_000)),
            7 => "\u0000\u202e\ud83d\ude00",
            8 => "10081",
            _ => RandomText(random.Next(1, 200)),
        };
        return Uri.EscapeDataString(raw);
    }

    private string RandomText(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)random.Next(1, 0xD7FF);
        }

        return new string(chars);
    }
}
