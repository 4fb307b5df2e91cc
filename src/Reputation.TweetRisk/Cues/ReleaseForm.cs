using System.Text.RegularExpressions;

namespace Reputation.TweetRisk.Cues;

/// <summary>The marks of a press release found in one text.</summary>
[Flags]
internal enum ReleaseFormCue
{
    None = 0,
    Header = 1,
    Dateline = 2,
    WireMarker = 4,
    Boilerplate = 8,
    Announcement = 16,
}

/// <summary>Finds the form and register of a press release: header, dateline, wire marker, boilerplate, announcing verb.</summary>
internal static class ReleaseForm
{
    // Compiled, backtracking: only texts the CueScreen flags get here, and non-backtracking patterns kept ~65 MB of
    // automaton caches between them. Every repetition is bounded or ends at a word's end, so the work stays linear in
    // the text; no match timeout (one fired by a busy machine would wrongly fail a valid mention).
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private const string Months =
        "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|"
        + "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janv|fevr|avr|juil|"
        + "januari|februari|maart|mei|juni|juli|augustus|oktober";

    // "PARIS, 22 novembre 2016 –", "NEW YORK, Nov. 22, 2016 /PRNewswire/", "COSTA MESA, Calif., Aug. 25, 2000 (INTERNET WIRE)".
    private static readonly Regex Dateline = new(
        @"(^|[\n:.]\s*|\s-\s|\s)[a-z][a-z' -]{1,28}(, [a-z .]{2,16})?,\s*(\d{1,2}(er)?\s+(" + Months + @")\.?\s+\d{4}|(" + Months + @")\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})\s*(-|/|\(|:)",
        Options);

    private static readonly Regex Wire = new(
        @"/\s*(pr ?newswire|globe ?newswire|cnw|marketwired|business ?wire|internet ?wire|accesswire|hugin)\s*/|\(\s*(business ?wire|globe ?newswire|internet ?wire|marketwire)\s*\)",
        Options);

    /// <summary>The language-neutral cue patterns, for <see cref="CueScreen"/>.</summary>
    public static IEnumerable<Regex> Patterns => [Dateline, Wire];

    public static ReleaseFormCue Find(string folded, LanguageCues[] languages)
    {
        var cues = ReleaseFormCue.None;
        if (Dateline.IsMatch(folded))
        {
            cues |= ReleaseFormCue.Dateline;
        }

        if (Wire.IsMatch(folded))
        {
            cues |= ReleaseFormCue.WireMarker;
        }

        foreach (var language in languages)
        {
            if (language.Header.IsMatch(folded))
            {
                cues |= ReleaseFormCue.Header;
            }

            if (language.Boilerplate.IsMatch(folded))
            {
                cues |= ReleaseFormCue.Boilerplate;
            }

            if (language.Announce.IsMatch(folded))
            {
                cues |= ReleaseFormCue.Announcement;
            }
        }

        return cues;
    }

    /// <summary>How strongly the cues say "this is a release": a header or dateline alone says a lot, an announcing verb little.</summary>
    public static double Strength(ReleaseFormCue cues)
    {
        var unlikely = 1.0;
        if (cues.HasFlag(ReleaseFormCue.Header)) unlikely *= 1 - 0.8;
        if (cues.HasFlag(ReleaseFormCue.Dateline)) unlikely *= 1 - 0.7;
        if (cues.HasFlag(ReleaseFormCue.WireMarker)) unlikely *= 1 - 0.7;
        if (cues.HasFlag(ReleaseFormCue.Boilerplate)) unlikely *= 1 - 0.5;
        if (cues.HasFlag(ReleaseFormCue.Announcement)) unlikely *= 1 - 0.4;
        return 1 - unlikely;
    }

    public static string Describe(ReleaseFormCue cues)
    {
        var parts = new List<string>(5);
        if (cues.HasFlag(ReleaseFormCue.Header)) parts.Add("press-release header");
        if (cues.HasFlag(ReleaseFormCue.Dateline)) parts.Add("dateline");
        if (cues.HasFlag(ReleaseFormCue.WireMarker)) parts.Add("newswire marker");
        if (cues.HasFlag(ReleaseFormCue.Boilerplate)) parts.Add("release boilerplate");
        if (cues.HasFlag(ReleaseFormCue.Announcement)) parts.Add("announcement wording");
        return string.Join(", ", parts);
    }
}
