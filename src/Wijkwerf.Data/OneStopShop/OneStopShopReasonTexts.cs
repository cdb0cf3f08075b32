using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wijkwerf.Engine.OneStopShop;
using E = Wijkwerf.Engine.OneStopShop;

namespace Wijkwerf.Data.OneStopShop;

/// <summary>How the one-stop shop words the engine's reasons — why the pool ranks a member where it does or leaves it
/// out, what the financing check found, why a stage change is refused — in Dutch and English (a missing string does not compile). The pages reach it
/// through <c>OneStopShopTexts.ReasonTexts</c>; it lives here, not in the web app, because the CLI and the refusal of an
/// assignment word the same reasons.</summary>
public sealed record OneStopShopReasonTexts
{
    /// <summary><c>nl</c> or <c>en</c>.</summary>
    public required string Language { get; init; }
    public required CultureInfo Culture { get; init; }
    public required IReadOnlyDictionary<string, string> MemberKinds { get; init; }
    /// <summary>The journey stages' labels, keyed by <see cref="Domain.OneStopShop.JourneyStage"/> name; the pages use them too.</summary>
    public required IReadOnlyDictionary<string, string> Stages { get; init; }

    public required string Inactive { get; init; }
    /// <summary>{0} the member's kind, {1} the kind asked for.</summary>
    public required string OtherKind { get; init; }
    /// <summary>{0} the qualification's label.</summary>
    public required string MissingQualification { get; init; }
    /// <summary>{0} the address (postcode and municipality code).</summary>
    public required string OutsideServiceArea { get; init; }
    /// <summary>{0} addresses outside of {1}, e.g. {2}.</summary>
    public required string OutsideSomeAddresses { get; init; }
    /// <summary>{0} jobs in hand of {1}.</summary>
    public required string NoFreePlace { get; init; }

    public required string HighestRating { get; init; }
    public required string HighestRatingLeastLoad { get; init; }
    /// <summary>{0} the rank just above.</summary>
    public required string LowerRating { get; init; }
    public required string SameRatingMoreLoad { get; init; }
    public required string SameRatingAndLoadByName { get; init; }
    /// <summary>{0} the shrunk rating, which is the prior.</summary>
    public required string Unrated { get; init; }
    /// <summary>{0} shrunk rating, {1} rated jobs, {2} their mean, {3} prior mean, {4} prior weight in jobs.</summary>
    public required string Rated { get; init; }
    /// <summary>{0} jobs in hand of {1}.</summary>
    public required string JobsInHand { get; init; }

    public required string NotOwnerOccupier { get; init; }
    /// <summary>{0} income, {1} limit (€ per year).</summary>
    public required string IncomeAboveLimit { get; init; }
    public required string InterestFree { get; init; }
    public required string AmountCapped { get; init; }
    public required string AmountBelowMinimum { get; init; }
    public required string TermLimited { get; init; }

    /// <summary>{0} the current stage.</summary>
    public required string JourneyFinished { get; init; }
    /// <summary>{0} the stage asked, {1} the current stage.</summary>
    public required string JourneyMovesBack { get; init; }
    /// <summary>{0} the stage asked, {1} the current stage, {2} the stages allowed next.</summary>
    public required string JourneyNotAllowed { get; init; }
    /// <summary>{0} the stage asked, {1} the required steps skipped, {2} the stages allowed next.</summary>
    public required string JourneySkipsSteps { get; init; }

    public static OneStopShopReasonTexts For(string language) => language == "en" ? En : Nl;

    public string Qualification(string code) => Qualifications.Name(code, Language);

    public string Text(PoolExclusionReason reason) => reason switch
    {
        MemberInactive => Inactive,
        E.OtherKind k => F(OtherKind, MemberKinds[k.Kind.ToString()], MemberKinds[k.Wanted.ToString()]),
        E.MissingQualification q => F(MissingQualification, Qualification(q.Qualification)),
        E.OutsideServiceArea a => a.AddressesOutside == a.Addresses
            ? F(OutsideServiceArea, Address(a))
            : F(OutsideSomeAddresses, a.AddressesOutside, a.Addresses, Address(a)),
        E.NoFreePlace n => F(NoFreePlace, n.ActiveJobs, n.CapacityJobs),
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason.Code, "no text for this reason"),
    };

    /// <summary>Place against the member above; the rating and how it was shrunk; the load.</summary>
    public string Why(PoolMatch match, PoolMatchResult result)
    {
        var place = match.Place switch
        {
            PoolRankPlace.HighestRating => HighestRating,
            PoolRankPlace.HighestRatingLeastLoad => HighestRatingLeastLoad,
            PoolRankPlace.LowerRating => F(LowerRating, match.Rank - 1),
            PoolRankPlace.SameRatingMoreLoad => F(SameRatingMoreLoad, match.Rank - 1),
            PoolRankPlace.SameRatingAndLoadByName => F(SameRatingAndLoadByName, match.Rank - 1),
            _ => throw new ArgumentOutOfRangeException(nameof(match), match.Place, "no text for this place"),
        };
        var rating = match.RatedJobs == 0
            ? F(Unrated, match.ShrunkRating)
            : F(Rated, match.ShrunkRating, match.RatedJobs, match.MeanRating, result.PriorMean, result.PriorWeightJobs);
        return $"{place}; {rating}; {F(JobsInHand, match.ActiveJobs, match.CapacityJobs)}";
    }

    public string Text(FinancingReason reason) => reason switch
    {
        E.NotOwnerOccupier => NotOwnerOccupier,
        E.IncomeAboveLimit i => F(IncomeAboveLimit, i.IncomeEurPerYear, i.LimitEurPerYear),
        E.InterestFree i => F(InterestFree, i.IncomeLimitEurPerYear),
        E.AmountCapped a => F(AmountCapped, a.MaxAmountEur),
        E.AmountBelowMinimum a => F(AmountBelowMinimum, a.MinAmountEur),
        E.TermLimited t => F(TermLimited, t.MaxTermYears),
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason.Code, "no text for this reason"),
    };

    /// <summary>Why a stage change is refused, with the stages by their labels.</summary>
    public string Text(JourneyRefusal refusal) => refusal.Code switch
    {
        JourneyRefusalCode.Finished => F(JourneyFinished, Stage(refusal.Current)),
        JourneyRefusalCode.MovesBack => F(JourneyMovesBack, Stage(refusal.Next), Stage(refusal.Current)),
        JourneyRefusalCode.NotAllowed => F(JourneyNotAllowed, Stage(refusal.Next), Stage(refusal.Current), StageList(refusal.Allowed)),
        JourneyRefusalCode.SkipsSteps => F(JourneySkipsSteps, Stage(refusal.Next), StageList(refusal.Skipped), StageList(refusal.Allowed)),
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal.Code, "no text for this refusal"),
    };

    public string Stage(Domain.OneStopShop.JourneyStage stage) => Stages[stage.ToString()];

    // No stage label contains a comma ("Advies / energiescan"), so ", " keeps a list of them unambiguous.
    private string StageList(IEnumerable<Domain.OneStopShop.JourneyStage> stages) => string.Join(", ", stages.Select(Stage));

    /// <summary>The match as JSON with its words added: <c>why</c> on every match, <c>text</c> on every reason (next to
    /// its <c>code</c> and figures), for the API and <c>pool match --json</c>.</summary>
    public JsonObject Explain(PoolMatchResult result, JsonSerializerOptions json)
    {
        var node = JsonSerializer.SerializeToNode(result, json)!.AsObject();
        var matches = node[Name(json, nameof(PoolMatchResult.Matches))]!.AsArray();
        for (var i = 0; i < result.Matches.Count; i++) matches[i]!.AsObject()[Name(json, "Why")] = Why(result.Matches[i], result);
        var excluded = node[Name(json, nameof(PoolMatchResult.Excluded))]!.AsArray();
        for (var i = 0; i < result.Excluded.Count; i++)
            AddTexts(excluded[i]![Name(json, nameof(PoolExclusion.Reasons))]!.AsArray(), result.Excluded[i].Reasons.Select(Text), json);
        return node;
    }

    /// <summary>The financing check as JSON with a <c>text</c> on every reason.</summary>
    public JsonObject Explain(FinancingResult result, JsonSerializerOptions json)
    {
        var node = JsonSerializer.SerializeToNode(result, json)!.AsObject();
        AddTexts(node[Name(json, nameof(FinancingResult.Reasons))]!.AsArray(), result.Reasons.Select(Text), json);
        return node;
    }

    private static void AddTexts(JsonArray reasons, IEnumerable<string> texts, JsonSerializerOptions json)
    {
        var i = 0;
        foreach (var text in texts) reasons[i++]!.AsObject()[Name(json, "Text")] = text;
    }

    private static string Name(JsonSerializerOptions json, string property) => json.PropertyNamingPolicy?.ConvertName(property) ?? property;

    private string F(string format, params object?[] args) => string.Format(Culture, format, args);

    private static string Address(E.OutsideServiceArea a) => a.Postcode is null ? a.MunicipalityCode : $"{a.Postcode} ({a.MunicipalityCode})";

    public static readonly OneStopShopReasonTexts Nl = new()
    {
        Language = "nl",
        Culture = CultureInfo.GetCultureInfo("nl-NL"),
        MemberKinds = new Dictionary<string, string> { ["Architect"] = "Architect", ["Contractor"] = "Aannemer", ["Installer"] = "Installateur", ["EnergyAdvisor"] = "Energieadviseur" },
        Stages = new Dictionary<string, string>
        {
            ["FirstContact"] = "Eerste contact",
            ["Advice"] = "Advies / energiescan",
            ["Decision"] = "Besluit",
            ["Financing"] = "Financiering",
            ["ContractorAssigned"] = "Aannemer gekozen",
            ["Works"] = "Uitvoering",
            ["Done"] = "Klaar",
            ["HeatConnected"] = "Aangesloten op warmtenet",
        },
        Inactive = "niet actief",
        OtherKind = "is {0}, geen {1}",
        MissingQualification = "mist de kwalificatie {0}",
        OutsideServiceArea = "werkt niet in {0}",
        OutsideSomeAddresses = "werkt niet bij {0} van de {1} adressen (bv. {2})",
        NoFreePlace = "geen plaats vrij ({0} van {1} opdrachten lopend)",
        HighestRating = "hoogste beoordeling",
        HighestRatingLeastLoad = "hoogste beoordeling, minst belast",
        LowerRating = "lagere beoordeling dan #{0}",
        SameRatingMoreLoad = "zelfde beoordeling als #{0}, meer belast",
        SameRatingAndLoadByName = "zelfde beoordeling en belasting als #{0}, op naam",
        Unrated = "nog geen beoordeelde opdrachten: beoordeling {0:0.00} is de startwaarde",
        Rated = "beoordeling {0:0.00} uit {1} beoordeelde opdracht(en), gemiddeld {2:0.00}, naar {3:0.0} getrokken met het gewicht van {4:0} opdrachten",
        JobsInHand = "{0} van {1} opdrachten lopend",
        NotOwnerOccupier = "alleen voor eigenaar-bewoners; dit huishouden huurt",
        IncomeAboveLimit = "inkomen € {0:N0} ligt boven de grens van € {1:N0} voor dit huishouden",
        InterestFree = "renteloos: inkomen tot € {0:N0}",
        AmountCapped = "bedrag begrensd op het maximum van € {0:N0}",
        AmountBelowMinimum = "bedrag onder het minimum van € {0:N0}",
        TermLimited = "looptijd beperkt tot {0} jaar",
        JourneyFinished = "het traject is afgerond ({0}); er volgt geen fase meer",
        JourneyMovesBack = "{0} komt niet na {1}; de fasegeschiedenis blijft bewaard, een traject gaat niet terug",
        JourneyNotAllowed = "{0} kan niet volgen op {1}; mogelijk als volgende fase: {2}",
        JourneySkipsSteps = "{0} slaat verplichte stap(pen) over: {1}; mogelijk als volgende fase: {2}",
    };

    public static readonly OneStopShopReasonTexts En = new()
    {
        Language = "en",
        Culture = CultureInfo.GetCultureInfo("en-GB"),
        MemberKinds = new Dictionary<string, string> { ["Architect"] = "Architect", ["Contractor"] = "Contractor", ["Installer"] = "Installer", ["EnergyAdvisor"] = "Energy advisor" },
        Stages = new Dictionary<string, string>
        {
            ["FirstContact"] = "First contact",
            ["Advice"] = "Advice / energy scan",
            ["Decision"] = "Decision",
            ["Financing"] = "Financing",
            ["ContractorAssigned"] = "Contractor assigned",
            ["Works"] = "Works",
            ["Done"] = "Done",
            ["HeatConnected"] = "Connected to the heat network",
        },
        Inactive = "inactive",
        OtherKind = "is {0}, not {1}",
        MissingQualification = "lacks the qualification {0}",
        OutsideServiceArea = "does not serve {0}",
        OutsideSomeAddresses = "does not serve {0} of the {1} addresses (e.g. {2})",
        NoFreePlace = "no free capacity ({0} of {1} jobs in hand)",
        HighestRating = "highest rating",
        HighestRatingLeastLoad = "highest rating, least load",
        LowerRating = "lower rating than #{0}",
        SameRatingMoreLoad = "same rating as #{0}, more load",
        SameRatingAndLoadByName = "same rating and load as #{0}, by name",
        Unrated = "no rated jobs yet: rating {0:0.00} is the prior",
        Rated = "rating {0:0.00} from {1} rated job(s) averaging {2:0.00}, shrunk towards {3:0.0} with the weight of {4:0} jobs",
        JobsInHand = "{0} of {1} jobs in hand",
        NotOwnerOccupier = "only for owner-occupiers; this household rents",
        IncomeAboveLimit = "income € {0:N0} is above the limit of € {1:N0} for this household",
        InterestFree = "interest-free: income up to € {0:N0}",
        AmountCapped = "amount capped at the maximum of € {0:N0}",
        AmountBelowMinimum = "amount below the minimum of € {0:N0}",
        TermLimited = "term limited to {0} years",
        JourneyFinished = "the journey is finished ({0}); no stage follows it",
        JourneyMovesBack = "{0} is not after {1}; the stage history is kept, a journey does not move back",
        JourneyNotAllowed = "{0} cannot follow {1}; allowed next: {2}",
        JourneySkipsSteps = "{0} skips required step(s): {1}; allowed next: {2}",
    };
}
