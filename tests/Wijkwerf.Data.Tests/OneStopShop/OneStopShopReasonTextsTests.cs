using System.Text.Json;
using System.Text.Json.Serialization;
using Wijkwerf.Data.OneStopShop;
using Wijkwerf.Domain.OneStopShop;
using Wijkwerf.Engine.OneStopShop;

namespace Wijkwerf.Data.Tests.OneStopShop;

/// <summary>The engine's reasons worded in Dutch and English: every code has its own words in both languages, the
/// qualification labels come from the table, and the JSON answer keeps code, figures and text side by side.</summary>
public class OneStopShopReasonTextsTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly PoolExclusionReason[] OneOfEachExclusion =
    [
        new MemberInactive(), new OtherKind(PoolMemberKind.Architect, PoolMemberKind.Contractor), new MissingQualification("roof-insulation"),
        new OutsideServiceArea("2271AB", "GM1916", 1, 1), new NoFreePlace(2, 2),
    ];

    private static readonly FinancingReason[] OneOfEachFinancingReason =
    [
        new NotOwnerOccupier("mijn-verbouwlening", Tenure.PrivateRent), new IncomeAboveLimit(90_000, 78_220), new InterestFree(60_000),
        new AmountCapped(60_000), new AmountBelowMinimum(1_250), new TermLimited(25),
    ];

    [Fact]
    public void Every_reason_code_has_its_own_Dutch_and_English_words()
    {
        OneOfEachExclusion.Select(r => r.Code).ShouldBe(Enum.GetValues<PoolExclusionCode>());
        OneOfEachFinancingReason.Select(r => r.Code).ShouldBe(Enum.GetValues<FinancingReasonCode>());
        foreach (var texts in new[] { OneStopShopReasonTexts.Nl, OneStopShopReasonTexts.En })
        {
            OneOfEachExclusion.Select(texts.Text).Distinct().Count().ShouldBe(OneOfEachExclusion.Length);
            OneOfEachFinancingReason.Select(texts.Text).Distinct().Count().ShouldBe(OneOfEachFinancingReason.Length);
        }
        OneOfEachExclusion.Select(OneStopShopReasonTexts.Nl.Text).ShouldBe(
            ["niet actief", "is Architect, geen Aannemer", "mist de kwalificatie Dakisolatie", "werkt niet in 2271AB (GM1916)", "geen plaats vrij (2 van 2 opdrachten lopend)"]);
        OneOfEachExclusion.Select(OneStopShopReasonTexts.En.Text).ShouldBe(
            ["inactive", "is Architect, not Contractor", "lacks the qualification Roof insulation", "does not serve 2271AB (GM1916)", "no free capacity (2 of 2 jobs in hand)"]);
        OneStopShopReasonTexts.Nl.Text(new IncomeAboveLimit(90_000, 78_220)).ShouldBe("inkomen € 90.000 ligt boven de grens van € 78.220 voor dit huishouden");
        OneStopShopReasonTexts.En.Text(new IncomeAboveLimit(90_000, 78_220)).ShouldBe("income € 90,000 is above the limit of € 78,220 for this household");
        OneStopShopReasonTexts.Nl.Text(new OutsideServiceArea("2272XY", "GM1916", 1, 3)).ShouldBe("werkt niet bij 1 van de 3 adressen (bv. 2272XY (GM1916))");
    }

    private static readonly JourneyRefusal[] OneOfEachJourneyRefusal =
    [
        JourneyRules.Check(JourneyStage.Done, JourneyStage.Advice)!,
        JourneyRules.Check(JourneyStage.Works, JourneyStage.Advice)!,
        JourneyRules.Check(JourneyStage.ContractorAssigned, JourneyStage.HeatConnected)!,
        JourneyRules.Check(JourneyStage.FirstContact, JourneyStage.ContractorAssigned)!,
    ];

    [Fact]
    public void Every_journey_refusal_has_its_own_Dutch_and_English_words_naming_the_stages_by_their_labels()
    {
        OneOfEachJourneyRefusal.Select(r => r.Code).ShouldBe(Enum.GetValues<JourneyRefusalCode>());
        foreach (var texts in new[] { OneStopShopReasonTexts.Nl, OneStopShopReasonTexts.En })
        {
            OneOfEachJourneyRefusal.Select(texts.Text).Distinct().Count().ShouldBe(OneOfEachJourneyRefusal.Length);
            texts.Stages.Keys.ShouldBe(Enum.GetNames<JourneyStage>(), ignoreOrder: true);
        }
        OneOfEachJourneyRefusal.Select(OneStopShopReasonTexts.Nl.Text).ShouldBe(
        [
            "het traject is afgerond (Klaar); er volgt geen fase meer",
            "Advies / energiescan komt niet na Uitvoering; de fasegeschiedenis blijft bewaard, een traject gaat niet terug",
            "Aangesloten op warmtenet kan niet volgen op Aannemer gekozen; mogelijk als volgende fase: Uitvoering",
            "Aannemer gekozen slaat verplichte stap(pen) over: Advies / energiescan, Besluit; mogelijk als volgende fase: Advies / energiescan",
        ]);
        OneOfEachJourneyRefusal.Select(OneStopShopReasonTexts.En.Text).ShouldBe(
        [
            "the journey is finished (Done); no stage follows it",
            "Advice / energy scan is not after Works; the stage history is kept, a journey does not move back",
            "Connected to the heat network cannot follow Contractor assigned; allowed next: Works",
            "Contractor assigned skips required step(s): Advice / energy scan, Decision; allowed next: Advice / energy scan",
        ]);
    }

    [Fact]
    public void Every_qualification_is_named_from_the_table_in_both_languages()
    {
        foreach (var q in Qualifications.All)
        {
            OneStopShopReasonTexts.Nl.Qualification(q.Code).ShouldBe(q.NameNl);
            OneStopShopReasonTexts.En.Qualification(q.Code).ShouldBe(q.NameEn);
        }
    }

    [Fact]
    public void Why_a_match_ranks_where_it_does_reads_in_the_language_with_its_numbers()
    {
        var result = PoolMatching.Match(
            [new PoolCandidate(1, "Vliet", PoolMemberKind.Contractor, ["roof-insulation"], ["GM1916"], 8, 1, [4.75, 4.75, 4.75, 4.75, 4.75])],
            new PoolNeed(["roof-insulation"], [("2271AB", "GM1916")]));
        var match = result.Matches.Single();
        OneStopShopReasonTexts.En.Why(match, result).ShouldBe(
            "highest rating; rating 4.13 from 5 rated job(s) averaging 4.75, shrunk towards 3.5 with the weight of 5 jobs; 1 of 8 jobs in hand");
        OneStopShopReasonTexts.Nl.Why(match, result).ShouldBe(
            "hoogste beoordeling; beoordeling 4,13 uit 5 beoordeelde opdracht(en), gemiddeld 4,75, naar 3,5 getrokken met het gewicht van 5 opdrachten; 1 van 8 opdrachten lopend");
    }

    [Fact]
    public void The_json_answer_gives_each_reason_its_code_figures_and_text()
    {
        var result = PoolMatching.Match(
        [
            new PoolCandidate(1, "Vol", PoolMemberKind.Contractor, ["glazing"], ["GM1916"], 2, 2, []),
            new PoolCandidate(2, "Vrij", PoolMemberKind.Contractor, ["roof-insulation"], ["GM1916"], 2, 0, []),
        ], new PoolNeed(["roof-insulation"], [("2271AB", "GM1916")]));
        var json = JsonDocument.Parse(OneStopShopReasonTexts.Nl.Explain(result, Json).ToJsonString()).RootElement;
        json.GetProperty("matches")[0].GetProperty("place").GetString().ShouldBe("HighestRating");
        json.GetProperty("matches")[0].GetProperty("why").GetString()!.ShouldStartWith("hoogste beoordeling; ");
        var reasons = json.GetProperty("excluded")[0].GetProperty("reasons");
        reasons[0].GetProperty("code").GetString().ShouldBe("MissingQualification");
        reasons[0].GetProperty("qualification").GetString().ShouldBe("roof-insulation");
        reasons[0].GetProperty("text").GetString().ShouldBe("mist de kwalificatie Dakisolatie");
        reasons[1].GetProperty("code").GetString().ShouldBe("NoFreePlace");
        reasons[1].GetProperty("activeJobs").GetInt32().ShouldBe(2);
        reasons[1].GetProperty("capacityJobs").GetInt32().ShouldBe(2);
        reasons[1].GetProperty("text").GetString().ShouldBe("geen plaats vrij (2 van 2 opdrachten lopend)");

        var financing = JsonDocument.Parse(OneStopShopReasonTexts.En.Explain(
            FinancingCheck.Check(new FinancingRequest("mijn-verbouwlening", Tenure.SocialRent, 30_000, 1, 0, 20_000, 20)), Json).ToJsonString()).RootElement;
        var reason = financing.GetProperty("reasons").EnumerateArray().Single();
        reason.GetProperty("code").GetString().ShouldBe("NotOwnerOccupier");
        reason.GetProperty("tenure").GetString().ShouldBe("SocialRent");
        reason.GetProperty("text").GetString().ShouldBe("only for owner-occupiers; this household rents");
    }
}
