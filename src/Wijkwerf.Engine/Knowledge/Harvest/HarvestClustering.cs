namespace Wijkwerf.Engine.Knowledge.Harvest;

/// <summary>One submitted need or opportunity: its id, its text, the language it is written in (nl or en) and the werven
/// the submitter ticked (warmte, renovatie, mobiliteit, groen, water ...). The werven weigh in as words of their own:
/// two needs about the heat werf are alike even when they share no other word.</summary>
public sealed record HarvestText(string Id, string Text, string Language, IReadOnlyList<string>? Werven = null);

/// <summary>A suggested work point: the items grouped together, the words that bind them (shared by at least two
/// items, highest weight first) and the mean similarity of the items to each other (0..1).</summary>
public sealed record HarvestCluster(IReadOnlyList<string> ItemIds, IReadOnlyList<string> BindingTerms, double Cohesion);

/// <summary>Knobs of the clustering, with the defaults used by the platform.</summary>
public sealed record ClusteringOptions
{
    /// <summary>Groups are merged while their average cosine similarity is at least this. Lower makes fewer, broader
    /// work points. 0.10 grouped the seeded harvest items as the platform team did (docs/harvest-clustering.md).</summary>
    public double MinSimilarity { get; init; } = 0.10;

    /// <summary>How many binding words to show per group.</summary>
    public int BindingTerms { get; init; } = 5;

    public static ClusteringOptions Default { get; } = new();
}

/// <summary>Suggests work points from harvest items: TF-IDF vectors over stemmed words (Dutch and English analyzers),
/// cosine similarity, and average-linkage agglomerative clustering with the nearest-neighbour-chain algorithm
/// (O(n²) time and memory; exact for average linkage, which is reducible). The dendrogram is cut at
/// <see cref="ClusteringOptions.MinSimilarity"/>. Deterministic: the same items give the same groups.</summary>
public static class HarvestClustering
{
    public static IReadOnlyList<HarvestCluster> Cluster(IReadOnlyList<HarvestText> items, ClusteringOptions? options = null)
    {
        options ??= ClusteringOptions.Default;
        var n = items.Count;
        if (n == 0) return [];
        using var analysis = new TextTerms();
        var vectors = Vectorise(items, analysis, out var vocabulary);

        // Similarity matrix (float: 600 items are 1.4 MB, 5,000 are 100 MB).
        var sim = new float[n * n];
        for (var i = 0; i < n; i++)
        {
            sim[i * n + i] = float.NegativeInfinity;
            for (var j = i + 1; j < n; j++)
            {
                var s = (float)Dot(vectors[i], vectors[j]);
                sim[i * n + j] = s;
                sim[j * n + i] = s;
            }
        }

        // Nearest-neighbour chain: merge reciprocal nearest neighbours until one group remains; record each merge.
        var size = new int[n];
        var active = new bool[n];
        var parent = Enumerable.Range(0, n).ToArray();
        for (var i = 0; i < n; i++) { size[i] = 1; active[i] = true; }
        var merges = new List<(int A, int B, float Similarity)>(n - 1);
        var chain = new List<int>(n);
        var remaining = n;
        while (remaining > 1)
        {
            if (chain.Count == 0) chain.Add(FirstActive(active));
            var a = chain[^1];
            var best = -1;
            var bestSim = float.NegativeInfinity;
            if (chain.Count >= 2)
            {
                best = chain[^2];
                bestSim = sim[a * n + best];
            }
            for (var k = 0; k < n; k++)
            {
                if (!active[k] || k == a) continue;
                var s = sim[a * n + k];
                if (s > bestSim) { bestSim = s; best = k; } // strict: on a tie the previous chain element stays, so the chain ends
            }
            if (chain.Count >= 2 && best == chain[^2])
            {
                chain.RemoveAt(chain.Count - 1);
                chain.RemoveAt(chain.Count - 1);
                var (keep, gone) = a < best ? (a, best) : (best, a);
                merges.Add((keep, gone, bestSim));
                // Lance-Williams update for average linkage.
                for (var k = 0; k < n; k++)
                {
                    if (!active[k] || k == keep || k == gone) continue;
                    var s = (size[keep] * sim[keep * n + k] + size[gone] * sim[gone * n + k]) / (size[keep] + size[gone]);
                    sim[keep * n + k] = s;
                    sim[k * n + keep] = s;
                }
                size[keep] += size[gone];
                active[gone] = false;
                remaining--;
            }
            else
            {
                chain.Add(best);
            }
        }

        // Cut: apply the merges at or above the threshold (union-find over the original items).
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        foreach (var (keep, gone, s) in merges)
            if (s >= options.MinSimilarity) parent[Find(gone)] = Find(keep);

        var groups = Enumerable.Range(0, n).GroupBy(Find).Select(g => g.ToList()).ToList();
        return groups
            .Select(g => new HarvestCluster(
                g.Select(i => items[i].Id).ToList(),
                Binding(g, vectors, vocabulary, analysis, options.BindingTerms),
                Cohesion(g, vectors)))
            .OrderByDescending(c => c.ItemIds.Count).ThenBy(c => c.ItemIds[0], StringComparer.Ordinal)
            .ToList();
    }

    private static int FirstActive(bool[] active)
    {
        for (var i = 0; i < active.Length; i++)
            if (active[i]) return i;
        throw new InvalidOperationException("no active group");
    }

    /// <summary>Sparse unit vectors: sorted term ids and weights (binary tf × smoothed idf, L2-normalised).</summary>
    private static (int[] Terms, double[] Weights)[] Vectorise(IReadOnlyList<HarvestText> items, TextTerms analysis, out List<string> vocabulary)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        vocabulary = [];
        var counts = new Dictionary<int, int>[items.Count];
        var df = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            counts[i] = [];
            var terms = analysis.Terms(items[i].Text, items[i].Language);
            if (items[i].Werven is { } werven) terms.AddRange(werven.Select(w => "werf:" + w.ToLowerInvariant()));
            foreach (var t in terms)
            {
                if (!ids.TryGetValue(t, out var id))
                {
                    id = ids[t] = vocabulary.Count;
                    vocabulary.Add(t);
                    df.Add(0);
                }
                if (!counts[i].TryAdd(id, 1)) counts[i][id]++;
                else df[id]++;
            }
        }
        var n = items.Count;
        var vectors = new (int[], double[])[n];
        for (var i = 0; i < n; i++)
        {
            var terms = counts[i].Keys.Order().ToArray();
            var weights = new double[terms.Length];
            double norm = 0;
            for (var k = 0; k < terms.Length; k++)
            {
                // Binary tf: in a one- or two-sentence need a repeated word is style, not emphasis.
                var w = Math.Log((1.0 + n) / (1.0 + df[terms[k]])) + 1;
                weights[k] = w;
                norm += w * w;
            }
            norm = Math.Sqrt(norm);
            if (norm > 0) for (var k = 0; k < weights.Length; k++) weights[k] /= norm;
            vectors[i] = (terms, weights);
        }
        return vectors;
    }

    private static double Dot((int[] Terms, double[] Weights) a, (int[] Terms, double[] Weights) b)
    {
        double s = 0;
        int i = 0, j = 0;
        while (i < a.Terms.Length && j < b.Terms.Length)
        {
            if (a.Terms[i] == b.Terms[j]) s += a.Weights[i++] * b.Weights[j++];
            else if (a.Terms[i] < b.Terms[j]) i++;
            else j++;
        }
        return s;
    }

    private static IReadOnlyList<string> Binding(List<int> group, (int[] Terms, double[] Weights)[] vectors, List<string> vocabulary, TextTerms analysis, int take)
    {
        if (group.Count < 2) return [];
        var weight = new Dictionary<int, double>();
        var members = new Dictionary<int, int>();
        foreach (var i in group)
            for (var k = 0; k < vectors[i].Terms.Length; k++)
            {
                var t = vectors[i].Terms[k];
                weight[t] = weight.GetValueOrDefault(t) + vectors[i].Weights[k];
                members[t] = members.GetValueOrDefault(t) + 1;
            }
        return weight.Where(w => members[w.Key] >= 2)
            .OrderByDescending(w => members[w.Key]).ThenByDescending(w => w.Value).ThenBy(w => vocabulary[w.Key], StringComparer.Ordinal)
            .Take(take).Select(w => vocabulary[w.Key].StartsWith("werf:", StringComparison.Ordinal) ? vocabulary[w.Key] : analysis.Surface(vocabulary[w.Key])).ToList();
    }

    private static double Cohesion(List<int> group, (int[] Terms, double[] Weights)[] vectors)
    {
        if (group.Count < 2) return 1;
        double s = 0;
        var pairs = 0;
        for (var a = 0; a < group.Count; a++)
            for (var b = a + 1; b < group.Count; b++, pairs++)
                s += Dot(vectors[group[a]], vectors[group[b]]);
        return Math.Round(s / pairs, 3);
    }
}
