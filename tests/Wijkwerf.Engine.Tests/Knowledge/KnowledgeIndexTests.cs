using Wijkwerf.Engine.Knowledge.Search;

namespace Wijkwerf.Engine.Tests.Knowledge;

public class KnowledgeIndexTests
{
    private static KnowledgeIndex Index() => KnowledgeIndex.Build(
    [
        new("d1", "drempel", "Geen juridische vorm voor het warmtenet", "Wie wordt eigenaar van het warmtenet in de wijk?", ["warmte"], "Barrier", "Mechelen", "Parel van het warmtenet"),
        new("d2", "drempel", "Bewoners bereiken", "Huurders komen niet naar de infoavond over renovatie.", ["renovatie", "participatie"], "Lesson", "Gent", "Iedereen mee!"),
        new("d3", "drempel", "Collective renovations stall", "Owners wait for each other before renovating their homes.", ["renovatie"], "Barrier", "Leuven", "Iedereen mee!"),
        new("d4", "drempel", "Buurtparking bij de supermarkt", "Dubbel gebruik van de parking van de supermarkt.", ["mobiliteit"], "GoodPractice", "Mortsel", "Straten naar de toekomst"),
        new("d5", "drempel", "Verborgen warmtenet-spam", "warmtenet warmtenet", ["warmte"], "Barrier", "Gent", null, Hidden: true),
        new("w1", "workbook", "Collectief aansluiten", "Sluit een hele straat tegelijk aan op het warmtenet.", ["warmte"]),
    ]);

    private static List<string> Ids(SearchResult r) => r.Hits.Select(h => h.Id).ToList();

    [Fact]
    public void Dutch_plurals_find_the_singular()
    {
        using var index = Index();
        Ids(index.Search(new("warmtenetten"))).ShouldBe(["d1", "w1"], ignoreOrder: true);
    }

    [Fact]
    public void English_inflections_find_each_other()
    {
        using var index = Index();
        Ids(index.Search(new("renovation"))).ShouldContain("d3");
        Ids(index.Search(new("renovating homes"))).First().ShouldBe("d3");
    }

    [Fact]
    public void A_typo_still_finds_the_word()
    {
        using var index = Index();
        Ids(index.Search(new("warmtnet"))).ShouldContain("d1");
        Ids(index.Search(new("buurtpraking"))).ShouldBe(["d4"]);
    }

    [Fact]
    public void Facets_count_every_match_and_filters_narrow_them()
    {
        using var index = Index();
        var all = index.Search(new("", Type: "drempel", Take: 1));
        all.Total.ShouldBe(4, "the hidden drempel is not counted");
        all.Hits.Count.ShouldBe(1);
        all.Facets["werf"]["renovatie"].ShouldBe(2);
        all.Facets["municipality"]["Gent"].ShouldBe(1);
        all.Facets["kind"]["Barrier"].ShouldBe(2);
        var renovation = index.Search(new("", Werf: "renovatie", Kind: "Lesson"));
        Ids(renovation).ShouldBe(["d2"]);
    }

    [Fact]
    public void Hidden_content_is_found_only_by_moderators()
    {
        using var index = Index();
        Ids(index.Search(new("spam"))).ShouldBeEmpty();
        Ids(index.Search(new("spam", SeeHidden: true))).ShouldBe(["d5"]);
    }
}
