using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Wijkwerf.Engine.Knowledge.Harvest;

/// <summary>Turns a text into stemmed terms with Lucene's Dutch or English analyzer (stop words removed, stems
/// reduced: "warmtenetten" and "warmtenet" become one term), remembering the most common surface word of each stem
/// so explanations read as words, not stems.</summary>
public sealed class TextTerms : IDisposable
{
    /// <summary>Lucene's Dutch stop words plus the question words every harvest need starts with ("welke", "kunnen",
    /// "moeten" ...): they bound unrelated needs together in the seeded session ("Welke strategieën ..." with "Welke
    /// ontwerpoplossingen ...").</summary>
    private static readonly CharArraySet DutchStopWords = Stop();

    private readonly Analyzer _dutch = new DutchAnalyzer(LuceneVersion.LUCENE_48, DutchStopWords);

    private static CharArraySet Stop()
    {
        var set = new CharArraySet(LuceneVersion.LUCENE_48, DutchAnalyzer.DefaultStopSet, ignoreCase: true);
        foreach (var w in new[] { "welke", "welk", "kunnen", "kan", "moeten", "moet", "hoe", "wat", "wie", "waar", "waarom", "we", "onze", "ons", "dan", "daarbij", "hiervoor", "worden", "wordt" })
            set.Add(w);
        return set;
    }
    private readonly Analyzer _english = new EnglishAnalyzer(LuceneVersion.LUCENE_48);
    private readonly Dictionary<string, Dictionary<string, int>> _surface = new(StringComparer.Ordinal);

    /// <summary>Stems of the text, in order, with repeats.</summary>
    public List<string> Terms(string text, string language)
    {
        var analyzer = language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? _english : _dutch;
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var stem = term.ToString();
            if (stem.Length < 3 || stem.All(char.IsDigit)) continue;
            terms.Add(stem);
            var surface = text.Substring(offset.StartOffset, offset.EndOffset - offset.StartOffset).ToLowerInvariant();
            if (!_surface.TryGetValue(stem, out var counts)) _surface[stem] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
            counts[surface] = counts.GetValueOrDefault(surface) + 1;
        }
        stream.End();
        return terms;
    }

    /// <summary>The word people wrote most often for this stem.</summary>
    public string Surface(string stem) =>
        _surface.TryGetValue(stem, out var counts) ? counts.MaxBy(c => (c.Value, -c.Key.Length)).Key : stem;

    public void Dispose()
    {
        _dutch.Dispose();
        _english.Dispose();
    }
}
