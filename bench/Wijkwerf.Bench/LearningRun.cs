using System.Diagnostics;
using System.Globalization;
using Wijkwerf.Data.Knowledge;
using Wijkwerf.Engine.Knowledge.Harvest;
using Wijkwerf.Engine.Knowledge.Search;

namespace Wijkwerf.Bench;

/// <summary><c>learning [documents] [queries]</c>: knowledge search over N synthetic documents (index build time, query
/// p50/p95/p99 with stems, typos and facet filters) and harvest clustering of 150–1,200 items. Documents and items are
/// recombined from the real seed texts (programme questions, platform questions), deterministic (seed 42).</summary>
public static class LearningRun
{
    private static readonly string[] Sentences = LearningSeed.Programmes.SelectMany(p => p.Questions.SelectMany(q => new[] { q.Nl, q.En }).Append(p.Goal).Append(p.GoalEn))
        .Concat(LearningSeed.PlatformQuestions.Select(q => q.Nl)).ToArray();
    private static readonly string[] Werven = ["warmte", "renovatie", "mobiliteit", "groen", "water", "ontharding", "participatie"];
    private static readonly string[] Kinds = ["Barrier", "Lesson", "Question", "GoodPractice"];
    private static readonly string[] Municipalities = LearningSeed.PioneerMunicipalities.Concat(["Lille", "Berlaar", "Aalst", "Genk", "Hasselt", "Kortrijk", "Oostende"]).ToArray();
    private static readonly string[] Queries = ["warmtenetten", "collectieve renovatie", "buurtparking supermarkt", "klimaattafels bewoners", "heat network financing",
        "renovations loan", "ontharding vergroening", "warmtnet", "bewonres bereiken", "juridische structuur", "ondergrond boomwortels", "contact point"];

    public static int Run(string[] args)
    {
        var documents = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var queries = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2_000;
        // "words": each document draws 40-120 words from the seeds' vocabulary by a Zipf law (the way real texts
        // share common words and rarely the rare ones); "sentences": each document is 3-6 whole seed sentences, so every
        // query word is in a quarter of all documents (a worst case no real corpus reaches).
        var corpus = args.Length > 3 ? args[3] : "words";
        var random = new Random(42);
        var vocabulary = Sentences.SelectMany(t => t.Split([' ', ',', '.', '?', '!', ':', ';', '(', ')', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries))
            .GroupBy(w => w.ToLowerInvariant()).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToArray();
        var zipf = new double[vocabulary.Length];
        for (var k = 0; k < zipf.Length; k++) zipf[k] = (k == 0 ? 0 : zipf[k - 1]) + 1.0 / (k + 1);
        string Word()
        {
            var at = Array.BinarySearch(zipf, random.NextDouble() * zipf[^1]);
            return vocabulary[Math.Min(vocabulary.Length - 1, at < 0 ? ~at : at)];
        }
        var docs = new List<SearchDocument>(documents);
        for (var i = 0; i < documents; i++)
        {
            var text = corpus == "sentences"
                ? string.Join(" ", Enumerable.Range(0, 3 + random.Next(4)).Select(_ => Sentences[random.Next(Sentences.Length)]))
                : string.Join(" ", Enumerable.Range(0, 40 + random.Next(81)).Select(_ => Word()));
            var title = Sentences[random.Next(Sentences.Length)];
            docs.Add(new($"drempel:{i}", i % 10 == 0 ? "workbook" : "drempel", title.Length > 80 ? title[..80] : title, text,
                [Werven[random.Next(Werven.Length)], Werven[random.Next(Werven.Length)]], Kinds[random.Next(Kinds.Length)],
                Municipalities[random.Next(Municipalities.Length)], LearningSeed.Programmes[random.Next(3)].Title, Hidden: i % 97 == 0));
        }
        var build = Stopwatch.StartNew();
        using var index = KnowledgeIndex.Build(docs);
        build.Stop();
        Console.WriteLine($"search ({corpus} corpus, {vocabulary.Length} distinct seed words): {index.Count:N0} documents indexed in {build.Elapsed.TotalSeconds:0.00} s");

        SearchQuery Query(int n) => (n % 4) switch
        {
            0 => new(Queries[n % Queries.Length]),
            1 => new(Queries[n % Queries.Length], Werf: Werven[n % Werven.Length]),
            2 => new(Queries[n % Queries.Length], Kind: Kinds[n % Kinds.Length], Municipality: Municipalities[n % Municipalities.Length]),
            _ => new(Queries[n % Queries.Length], Type: "drempel", SeeHidden: true),
        };
        for (var n = 0; n < 200; n++) index.Search(Query(n)); // warm-up
        var times = new double[queries];
        long totalHits = 0;
        for (var n = 0; n < queries; n++)
        {
            var sw = Stopwatch.StartNew();
            totalHits += index.Search(Query(n)).Total;
            times[n] = sw.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        double P(double p) => times[Math.Min(times.Length - 1, (int)Math.Ceiling(p * times.Length) - 1)];
        Console.WriteLine($"search: {queries:N0} queries (stems, typos, facet filters; facets counted over all matches), mean {totalHits / queries:N0} matches: p50 {P(0.50):0.0} ms, p95 {P(0.95):0.0} ms, p99 {P(0.99):0.0} ms, max {times[^1]:0.0} ms");

        foreach (var n in new[] { 150, 300, 600, 1200 })
        {
            var items = Enumerable.Range(0, n).Select(i =>
            {
                var a = Sentences[random.Next(Sentences.Length)];
                return new HarvestText($"i{i}", a, a.Contains(" the ", StringComparison.Ordinal) || a.StartsWith("Wh", StringComparison.Ordinal) ? "en" : "nl", [Werven[random.Next(Werven.Length)]]);
            }).ToList();
            HarvestClustering.Cluster(items); // warm-up (analyzers, JIT)
            var runs = new double[5];
            IReadOnlyList<HarvestCluster> clusters = [];
            for (var r = 0; r < runs.Length; r++)
            {
                var sw = Stopwatch.StartNew();
                clusters = HarvestClustering.Cluster(items);
                runs[r] = sw.Elapsed.TotalMilliseconds;
            }
            Array.Sort(runs);
            Console.WriteLine($"clustering: {n,5} items -> {clusters.Count,4} clusters, median {runs[2]:0} ms, worst {runs[^1]:0} ms");
        }
        return 0;
    }
}
