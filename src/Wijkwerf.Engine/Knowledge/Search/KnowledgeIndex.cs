using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Wijkwerf.Engine.Knowledge.Search;

/// <summary>Something findable: a drempel or lesson, a workbook section, a programme, a work point, a case. Facets:
/// werven, kind, municipality, programme. <see cref="Hidden"/> documents are found only by moderators.</summary>
public sealed record SearchDocument(string Id, string Type, string Title, string Text, IReadOnlyList<string>? Werven = null,
    string? Kind = null, string? Municipality = null, string? Programme = null, bool Hidden = false);

public sealed record SearchQuery(string Text, string? Type = null, string? Werf = null, string? Kind = null, string? Municipality = null,
    string? Programme = null, bool SeeHidden = false, int Take = 20);

public sealed record SearchHit(string Id, string Type, string Title, float Score);

/// <summary>Hits (best first), how many matched, and per facet the counts over all matches.</summary>
public sealed record SearchResult(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets);

/// <summary>A Lucene.Net index over the network's knowledge, in memory. Every text is indexed twice, through the Dutch
/// and through the English analyzer (stemming, stop words), so "warmtenetten" finds "warmtenet" and "renovations" finds
/// "renovation" whatever the document's language. Typos are forgiven: a query word the index does not know matches words within
/// one edit (two for words of eight letters or more). Facet counts come from doc values over
/// every match, not just the page shown. Immutable once built; searches run concurrently.</summary>
public sealed class KnowledgeIndex : IDisposable
{
    public static readonly string[] FacetNames = ["type", "werf", "kind", "municipality", "programme"];
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly RAMDirectory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly Analyzer dutch = new DutchAnalyzer(Version);
    private readonly Analyzer english = new EnglishAnalyzer(Version);

    public int Count => reader.NumDocs;

    private KnowledgeIndex(RAMDirectory directory)
    {
        this.directory = directory;
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
    }

    public static KnowledgeIndex Build(IEnumerable<SearchDocument> documents)
    {
        var directory = new RAMDirectory();
        using (var dutch = new DutchAnalyzer(Version))
        using (var english = new EnglishAnalyzer(Version))
        {
            var analyzer = new PerFieldAnalyzerWrapper(dutch, new Dictionary<string, Analyzer> { ["en"] = english });
            using var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { RAMBufferSizeMB = 64 });
            foreach (var d in documents)
            {
                var doc = new Document
                {
                    new StringField("id", d.Id, Field.Store.YES),
                    new StoredField("title", d.Title),
                    new StringField("hidden", d.Hidden ? "1" : "0", Field.Store.NO),
                };
                var all = d.Title + "\n" + d.Title + "\n" + d.Text; // the title counts twice
                doc.Add(new TextField("nl", all, Field.Store.NO));
                doc.Add(new TextField("en", all, Field.Store.NO));
                Facet(doc, "type", d.Type);
                foreach (var w in d.Werven ?? []) Facet(doc, "werf", w, multi: true);
                Facet(doc, "kind", d.Kind);
                Facet(doc, "municipality", d.Municipality);
                Facet(doc, "programme", d.Programme);
                writer.AddDocument(doc);
            }
            writer.ForceMerge(1);
            writer.Commit();
        }
        return new KnowledgeIndex(directory);
    }

    private static void Facet(Document doc, string name, string? value, bool multi = false)
    {
        if (string.IsNullOrEmpty(value)) return;
        doc.Add(new StringField(name, value, Field.Store.YES));
        doc.Add(multi ? new SortedSetDocValuesField("f_" + name, new BytesRef(value)) : new SortedDocValuesField("f_" + name, new BytesRef(value)));
    }

    public SearchResult Search(SearchQuery q)
    {
        var query = new BooleanQuery();
        var text = new BooleanQuery();
        foreach (var (field, analyzer) in new[] { ("nl", dutch), ("en", english) })
            foreach (var term in Terms(analyzer, field, q.Text))
            {
                var exact = new Term(field, term);
                text.Add(new TermQuery(exact) { Boost = 2 }, Occur.SHOULD);
                // Fuzzy only for words the index does not know: a typo, not a real word with many near neighbours
                // (expanding every known word cost 3x the time over 100,000 documents and blurred good matches).
                var edits = term.Length >= 8 ? 2 : term.Length >= 4 ? 1 : 0;
                if (edits > 0 && reader.DocFreq(exact) == 0) text.Add(new FuzzyQuery(new Term(field, term), edits, prefixLength: 1, maxExpansions: 20, transpositions: true), Occur.SHOULD);
            }
        if (text.Clauses.Count > 0) query.Add(text, Occur.MUST);
        else query.Add(new MatchAllDocsQuery(), Occur.MUST);
        foreach (var (name, value) in new[] { ("type", q.Type), ("werf", q.Werf), ("kind", q.Kind), ("municipality", q.Municipality), ("programme", q.Programme) })
            if (!string.IsNullOrEmpty(value)) query.Add(new TermQuery(new Term(name, value)), Occur.MUST);
        if (!q.SeeHidden) query.Add(new TermQuery(new Term("hidden", "1")), Occur.MUST_NOT);

        var top = TopScoreDocCollector.Create(Math.Max(1, q.Take), true);
        var facets = new FacetCounter();
        searcher.Search(query, MultiCollector.Wrap(top, facets));
        var docs = top.GetTopDocs();
        var hits = docs.ScoreDocs.Select(sd =>
        {
            var d = searcher.Doc(sd.Doc);
            return new SearchHit(d.Get("id"), d.Get("type"), d.Get("title"), sd.Score);
        }).ToList();
        return new SearchResult(docs.TotalHits, hits, facets.Result());
    }

    private static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text ?? "");
        var attr = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(attr.ToString());
        stream.End();
        return terms.Distinct().ToList();
    }

    /// <summary>Counts facet values of every matching document from doc values (ordinals per segment, turned into
    /// strings when the segment ends).</summary>
    private sealed class FacetCounter : ICollector
    {
        private readonly Dictionary<string, Dictionary<string, int>> totals = FacetNames.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        private readonly Dictionary<string, SortedDocValues?> single = [];
        private SortedSetDocValues? werven;
        private readonly Dictionary<string, int[]> counts = [];
        private long[] werfCounts = [];

        public bool AcceptsDocsOutOfOrder => true;
        public void SetScorer(Scorer scorer) { }

        public void SetNextReader(AtomicReaderContext context)
        {
            Flush();
            foreach (var f in FacetNames.Where(f => f != "werf"))
            {
                var dv = context.AtomicReader.GetSortedDocValues("f_" + f);
                single[f] = dv;
                counts[f] = new int[dv?.ValueCount ?? 0];
            }
            werven = context.AtomicReader.GetSortedSetDocValues("f_werf");
            werfCounts = new long[werven?.ValueCount ?? 0];
        }

        public void Collect(int doc)
        {
            foreach (var (f, dv) in single)
            {
                if (dv is null) continue;
                var ord = dv.GetOrd(doc);
                if (ord >= 0) counts[f][ord]++;
            }
            if (werven is null) return;
            werven.SetDocument(doc);
            for (var ord = werven.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = werven.NextOrd()) werfCounts[ord]++;
        }

        private void Flush()
        {
            var bytes = new BytesRef();
            foreach (var (f, dv) in single)
            {
                if (dv is null) continue;
                for (var ord = 0; ord < counts[f].Length; ord++)
                {
                    if (counts[f][ord] == 0) continue;
                    dv.LookupOrd(ord, bytes);
                    var key = bytes.Utf8ToString();
                    totals[f][key] = totals[f].GetValueOrDefault(key) + counts[f][ord];
                }
            }
            if (werven is not null)
                for (var ord = 0; ord < werfCounts.Length; ord++)
                {
                    if (werfCounts[ord] == 0) continue;
                    werven.LookupOrd(ord, bytes);
                    var key = bytes.Utf8ToString();
                    totals["werf"][key] = totals["werf"].GetValueOrDefault(key) + (int)werfCounts[ord];
                }
            single.Clear();
            werven = null;
        }

        public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Result()
        {
            Flush();
            return totals.ToDictionary(t => t.Key, t => (IReadOnlyDictionary<string, int>)t.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).ToDictionary(v => v.Key, v => v.Value));
        }
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        dutch.Dispose();
        english.Dispose();
    }
}
