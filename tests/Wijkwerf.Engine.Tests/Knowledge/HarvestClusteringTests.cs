using FsCheck;
using FsCheck.Fluent;
using Wijkwerf.Engine.Knowledge.Harvest;

namespace Wijkwerf.Engine.Tests.Knowledge;

public class HarvestClusteringTests
{
    // Needs as municipalities wrote them at a harvest session, with the werf they ticked: three themes mixed (heat
    // network, reaching residents, parking and unsealing), one in English.
    private static readonly HarvestText[] Needs =
    [
        new("h1", "Wie wordt eigenaar van het warmtenet in onze wijk en hoe financieren we de aanleg van het warmtenet?", "nl", ["warmte"]),
        new("h2", "Hoe sluiten we een hele straat tegelijk aan op het warmtenet in plaats van woning per woning?", "nl", ["warmte"]),
        new("h3", "Welke juridische structuur past voor een warmtenet met publieke en private investeringen?", "nl", ["warmte"]),
        new("h4", "Who owns the heat network and how do we finance the heat network with the residents' cooperative?", "en", ["warmte"]),
        new("r1", "Hoe bereiken we alle bewoners in de wijk, ook huurders en kwetsbare bewoners, voor renovatieadvies?", "nl", ["renovatie"]),
        new("r2", "Welke activatie bereikt bewoners die nooit naar een infoavond komen? Bewoners bereiken lukt niet via brieven.", "nl", ["renovatie"]),
        new("r3", "Kan een klimaattafel bewoners van de wijk bereiken en betrekken bij de renovatie van hun woning?", "nl", ["renovatie"]),
        new("p1", "Kunnen we de parking van de school en de supermarkt 's avonds als buurtparking gebruiken?", "nl", ["mobiliteit"]),
        new("p2", "Afspraken met supermarkten over dubbel gebruik van hun parking als buurtparking voor bewoners.", "nl", ["mobiliteit"]),
        new("p3", "Minder parkeerplaatsen in de straat door buurtparking, zodat de straat ontharding en vergroening krijgt.", "nl", ["mobiliteit", "ontharding"]),
    ];

    private static Dictionary<string, int> GroupOf(IReadOnlyList<HarvestCluster> clusters) =>
        clusters.SelectMany((c, i) => c.ItemIds.Select(id => (id, i))).ToDictionary(x => x.id, x => x.i);

    [Fact]
    public void Needs_about_the_same_theme_end_up_in_the_same_work_point()
    {
        var clusters = HarvestClustering.Cluster(Needs);
        var groups = GroupOf(clusters);
        var seen = string.Join(" | ", clusters.Select(c => string.Join(",", c.ItemIds)));
        groups["h1"].ShouldBe(groups["h2"], seen);
        groups["h1"].ShouldBe(groups["h3"]);
        groups["r1"].ShouldBe(groups["r2"]);
        groups["p1"].ShouldBe(groups["p2"]);
        groups["h1"].ShouldNotBe(groups["r1"]);
        groups["h1"].ShouldNotBe(groups["p1"]);
        groups["r1"].ShouldNotBe(groups["p1"]);
    }

    [Fact]
    public void A_work_point_says_which_words_bind_its_items()
    {
        var clusters = HarvestClustering.Cluster(Needs);
        var heat = clusters.Single(c => c.ItemIds.Contains("h1"));
        heat.BindingTerms.ShouldContain("warmtenet");
        var parking = clusters.Single(c => c.ItemIds.Contains("p1"));
        parking.BindingTerms.ShouldContain("buurtparking");
        heat.Cohesion.ShouldBeInRange(0.1, 1.0);
    }

    [Fact]
    public void Dutch_plurals_and_singulars_count_as_one_word()
    {
        var clusters = HarvestClustering.Cluster(
        [
            new("a", "warmtenetten in oude wijken", "nl"),
            new("b", "een warmtenet voor de wijk", "nl"),
            new("c", "fietspaden langs de school", "nl"),
        ]);
        GroupOf(clusters)["a"].ShouldBe(GroupOf(clusters)["b"]);
    }

    [Fact]
    public void No_items_give_no_work_points() => HarvestClustering.Cluster([]).ShouldBeEmpty();

    [Fact]
    public void Every_item_lands_in_exactly_one_work_point_whatever_the_texts() =>
        Prop.ForAll(
            Gen.Elements("warmtenet", "bewoners", "parking", "ontharding", "renovatie", "lening", "school", "bomen")
                .ArrayOf().Select(words => string.Join(' ', words)).ListOf().ToArbitrary(),
            texts =>
            {
                var items = texts.Select((t, i) => new HarvestText($"i{i}", t, "nl")).ToList();
                var clusters = HarvestClustering.Cluster(items);
                var ids = clusters.SelectMany(c => c.ItemIds).ToList();
                return ids.Count == items.Count && ids.Distinct().Count() == items.Count;
            }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_same_items_always_give_the_same_work_points()
    {
        var first = HarvestClustering.Cluster(Needs).Select(c => string.Join(",", c.ItemIds));
        var again = HarvestClustering.Cluster(Needs.Reverse().ToArray()).Select(c => string.Join(",", c.ItemIds.Order()));
        first.Select(s => string.Join(",", s.Split(',').Order())).Order().ShouldBe(again.Order());
    }
}
