using Wijkwerf.Data.Knowledge.Search;
using Wijkwerf.Data.Storage;
using Wijkwerf.Engine.Knowledge.Search;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Learning;

/// <summary>/learning/search: one query box over drempels, workbook sections, programmes, work points and cases, with facets.</summary>
public sealed class LearningSearchModel(Language language, LearningSearch search, WijkwerfDb db) : LearningPage(language)
{
    public string Q { get; private set; } = "";
    public IReadOnlyDictionary<string, string?> Filters { get; private set; } = new Dictionary<string, string?>();
    public SearchResult? Result { get; private set; }

    public async Task OnGetAsync(string? q, string? type, string? werf, string? kind, string? municipality, string? programme, CancellationToken ct)
    {
        Q = q ?? "";
        Filters = new Dictionary<string, string?> { ["type"] = type, ["werf"] = werf, ["kind"] = kind, ["municipality"] = municipality, ["programme"] = programme };
        if (Q.Length == 0 && Filters.Values.All(string.IsNullOrEmpty)) return;
        Result = await search.SearchAsync(db, new SearchQuery(Q, type, werf, kind, municipality, programme, SeeHidden: IsTeam, Take: 50), ct);
    }

    /// <summary>The page of a hit: the drempel or case page, the work point in the programme tree, the workbook.</summary>
    public static string PageOf(string hitId)
    {
        var (type, id) = (hitId.Split(':')[0], hitId.Split(':').ElementAtOrDefault(1));
        return type switch
        {
            "drempel" => $"/learning/drempels/{id}",
            "case" => $"/learning/cases/{id}",
            "workpoint" => $"/learning#workpoint-{id}",
            "workbook" or "section" => "/learning/workbook",
            _ => "/learning",
        };
    }

    /// <summary>The link for a facet value: the current query and filters with this facet set (or cleared when null).</summary>
    public string Link(string facet, string? value)
    {
        var parts = new List<string> { "q=" + Uri.EscapeDataString(Q) };
        foreach (var (k, v) in Filters)
        {
            var chosen = k == facet ? value : v;
            if (!string.IsNullOrEmpty(chosen)) parts.Add(k + "=" + Uri.EscapeDataString(chosen));
        }
        if (English) parts.Add("lang=en");
        return "/learning/search?" + string.Join("&", parts);
    }
}
