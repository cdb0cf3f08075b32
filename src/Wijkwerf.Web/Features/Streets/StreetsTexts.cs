using System.Globalization;

namespace Wijkwerf.Web.Features.Streets;

/// <summary>The street works page's strings, once per language (kept in the feature so features do not collide in Texts).</summary>
public sealed record StreetsTexts
{
    public required string Nav { get; init; }
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string NoWorks { get; init; }
    public required string MapHeading { get; init; }
    public required string MapDescription { get; init; }
    public required string WorksHeading { get; init; }
    public required string GanttHeading { get; init; }
    public required string GanttDescription { get; init; }
    public required string Original { get; init; }
    public required string Planned { get; init; }
    public required string ConflictsHeading { get; init; }
    public required string NoConflicts { get; init; }
    public required string SynergiesHeading { get; init; }
    public required string PlanHeading { get; init; }
    public required string PlanStatus { get; init; }
    public required string Openings { get; init; }
    public required string ReopenedM2 { get; init; }
    public required string NuisanceDays { get; init; }
    public required string SavingEur { get; init; }
    public required string Before { get; init; }
    public required string After { get; init; }
    public required string Moves { get; init; }
    public required string NoMoves { get; init; }
    public required string ProfileHeading { get; init; }
    public required string ProfileSegment { get; init; }
    public required string ProfileShow { get; init; }
    public required string Fits { get; init; }
    public required string DoesNotFit { get; init; }
    public required string ProposedOrder { get; init; }
    public required string NoOrderFits { get; init; }
    public required string Export { get; init; }
    public required string ColReference { get; init; }
    public required string ColTitle { get; init; }
    public required string ColKind { get; init; }
    public required string ColOwner { get; init; }
    public required string ColStart { get; init; }
    public required string ColEnd { get; init; }
    public required string ColWindow { get; init; }
    public required string ColCategory { get; init; }
    public required string ColRegisterBy { get; init; }
    public required string ColStatus { get; init; }
    public required string ColRule { get; init; }
    public required string ColMessage { get; init; }
    public required string ColNetwork { get; init; }
    public required string ColProblem { get; init; }
    public required string ColFrom { get; init; }
    public required string ColTo { get; init; }
    public required string DistrictHeading { get; init; }
    /// <summary>Report: parking and hub sections (headings and shared columns come from <see cref="StreetsEditTexts"/>, as on the page).</summary>
    public required string NoParkingCounts { get; init; }
    public required string ParkingReportIntro { get; init; }
    public required string ColNightCars { get; init; }
    public required string ColFull { get; init; }
    public required string ColAboveTarget { get; init; }
    public required string ColReasons { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    /// <summary>{0} dwellings within {1} m walk, {2} shared cars and charging points, {3} the stop (<see cref="HubStopAt"/>,
    /// <see cref="HubNoStopWithin"/> or <see cref="HubNoStop"/>), {4} <see cref="HubFartherByStreet"/> or nothing.</summary>
    public required string HubReason { get; init; }
    public required string HubStopAt { get; init; }
    public required string HubNoStop { get; init; }
    /// <summary>{0} the walk searched for a stop (m): stops are imported, none is that close along the streets.</summary>
    public required string HubNoStopWithin { get; init; }
    /// <summary>{0} dwellings within the walking distance as the crow flies that the streets put farther away.</summary>
    public required string HubFartherByStreet { get; init; }
    /// <summary>{0} intersections, {1} stops.</summary>
    public required string NoHubs { get; init; }
    public required string Language { get; init; }
    public required CultureInfo Culture { get; init; }
    public required IReadOnlyDictionary<string, string> Kinds { get; init; }

    public string Kind(string slug) => Kinds.GetValueOrDefault(slug, slug);

    public static StreetsTexts For(string languageCode) => languageCode == "en" ? En : Nl;

    public static readonly StreetsTexts Nl = new()
    {
        Nav = "Straatwerken", Title = "Straatwerken in {0}",
        Intro = "Alle geplande werken in de straat op één tijdlijn: conflicten, kansen om te bundelen, een graaf-één-keer-plan en of alles onder de grond past.",
        NoWorks = "Nog geen straatwerken voor dit gebied. Importeer een werkenbestand (GeoJSON of CSV) met: wijkwerf works import <bestand>.",
        MapHeading = "Kaart van de werken", MapDescription = "Straatsegmenten van de wijk; segmenten met werken gekleurd per soort werk. De tabel met werken hieronder bevat dezelfde gegevens.",
        WorksHeading = "Werkenregister", GanttHeading = "Tijdlijn per straat", GanttDescription = "Balken: oorspronkelijke planning (licht) en graaf-één-keer-planning (donker) per werk, gegroepeerd per straat.",
        Original = "oorspronkelijk", Planned = "gepland",
        ConflictsHeading = "Conflicten en waarschuwingen", NoConflicts = "Geen conflicten.", SynergiesHeading = "Kansen om te bundelen",
        PlanHeading = "Graaf-één-keer-plan", PlanStatus = "Oplossing", Openings = "Openbrekingen", ReopenedM2 = "Opnieuw opengebroken m²",
        NuisanceDays = "Hinderdagen", SavingEur = "Besparing (€)", Before = "Voor", After = "Na", Moves = "Verschoven werken", NoMoves = "Geen werk hoeft te verschuiven.",
        ProfileHeading = "Straatprofiel", ProfileSegment = "Straatsegment", ProfileShow = "Toon profiel", Fits = "Alles past.", DoesNotFit = "Past niet.",
        ProposedOrder = "Past wel met deze volgorde van stroken:", NoOrderFits = "Geen volgorde van deze stroken maakt plaats voor alles.",
        Export = "Exporteer", ColReference = "Referentie", ColTitle = "Titel", ColKind = "Soort", ColOwner = "Beheerder", ColStart = "Start", ColEnd = "Einde",
        ColWindow = "Toegelaten start", ColCategory = "GIPOD-categorie", ColRegisterBy = "Melden vóór", ColStatus = "Status", ColRule = "Regel", ColMessage = "Uitleg",
        ColNetwork = "Net", ColProblem = "Probleem", ColFrom = "Van", ColTo = "Naar", DistrictHeading = "Straten: parkeren, mobiliteit en water",
        NoParkingCounts = "Voor deze wijk zijn geen parkeertellingen ('s nachts) geïmporteerd: parkeerdruk en buurtparkeren zijn niet berekend. Importeer ze met: wijkwerf parking import <bestand.csv>.",
        ParkingReportIntro = "Tellingen 's nachts. Buurtparkeren verplaatst alleen de auto's boven de doelbezetting ({1:P0} van de plaatsen, afgerond op hele auto's) naar private parkings binnen {0:N0} m wandelen, niet boven hun vrije plaatsen.",
        ColNightCars = "Auto's 's nachts", ColFull = "Vol", ColAboveTarget = "Auto's boven doel", ColReasons = "Waarom",
        Yes = "ja", No = "nee",
        HubReason = "{0} woningen binnen {1:N0} m wandelen langs de straten{4}; {2} deelauto's en laadpunten; {3}", HubStopAt = "halte op {0:N0} m wandelen",
        HubNoStop = "geen halte geïmporteerd", HubNoStopWithin = "geen halte binnen {0:N0} m wandelen langs de straten",
        HubFartherByStreet = " (nog {0} in vogelvlucht zo dichtbij, maar verder langs de straten)",
        NoHubs = "Geen kandidaat-mobipunten: {0} kruispunten (3 of meer segmenten) in het stratennet van de wijk, geen met woningen binnen wandelafstand; {1} haltes geïmporteerd.",
        Language = "nl", Culture = CultureInfo.GetCultureInfo("nl-NL"),
        Kinds = new Dictionary<string, string>
        {
            ["sewer"] = "riolering", ["heat"] = "warmtenet", ["cables"] = "kabels en leidingen", ["charging"] = "laadpunten",
            ["trees"] = "bomen", ["unsealing"] = "ontharding", ["road"] = "wegvernieuwing",
        },
    };

    public static readonly StreetsTexts En = new()
    {
        Nav = "Street works", Title = "Street works in {0}",
        Intro = "Every planned work in the street on one timeline: conflicts, chances to bundle, a dig-once plan and whether everything fits below ground.",
        NoWorks = "No street works for this area yet. Import a works file (GeoJSON or CSV) with: wijkwerf works import <file>.",
        MapHeading = "Map of the works", MapDescription = "The district's street segments; segments with works coloured by kind of work. The works table below holds the same data.",
        WorksHeading = "Works register", GanttHeading = "Timeline per street", GanttDescription = "Bars: original dates (light) and dig-once plan (dark) per work, grouped by street.",
        Original = "original", Planned = "planned",
        ConflictsHeading = "Conflicts and warnings", NoConflicts = "No conflicts.", SynergiesHeading = "Chances to bundle",
        PlanHeading = "Dig-once plan", PlanStatus = "Solution", Openings = "Openings", ReopenedM2 = "Reopened m²",
        NuisanceDays = "Nuisance-days", SavingEur = "Saving (€)", Before = "Before", After = "After", Moves = "Moved works", NoMoves = "No work needs to move.",
        ProfileHeading = "Street profile", ProfileSegment = "Street segment", ProfileShow = "Show profile", Fits = "Everything fits.", DoesNotFit = "Does not fit.",
        ProposedOrder = "It fits with this order of strips:", NoOrderFits = "No order of these strips makes room for everything.",
        Export = "Export", ColReference = "Reference", ColTitle = "Title", ColKind = "Kind", ColOwner = "Owner", ColStart = "Start", ColEnd = "End",
        ColWindow = "Allowed start", ColCategory = "GIPOD category", ColRegisterBy = "Register by", ColStatus = "Status", ColRule = "Rule", ColMessage = "Explanation",
        ColNetwork = "Network", ColProblem = "Problem", ColFrom = "From", ColTo = "To", DistrictHeading = "Streets: parking, mobility and water",
        NoParkingCounts = "No parking counts (night) have been imported for this district: parking pressure and neighbourhood parking are not computed. Import them with: wijkwerf parking import <file.csv>.",
        ParkingReportIntro = "Night counts. Neighbourhood parking moves only the cars above the target occupancy ({1:P0} of the spaces, rounded up to whole cars) to private car parks within {0:N0} m walk, never above their free spaces.",
        ColNightCars = "Cars at night", ColFull = "Full", ColAboveTarget = "Cars above target", ColReasons = "Why",
        Yes = "yes", No = "no",
        HubReason = "{0} dwellings within {1:N0} m walk along the streets{4}; {2} shared cars and charging points; {3}", HubStopAt = "stop at {0:N0} m walk",
        HubNoStop = "no stop imported", HubNoStopWithin = "no stop within {0:N0} m walk along the streets",
        HubFartherByStreet = " ({0} more that close as the crow flies, farther by street)",
        NoHubs = "No mobility hub candidates: {0} intersections (3 or more segments) in the district's street graph, none with homes within walking distance; {1} stops imported.",
        Language = "en", Culture = CultureInfo.GetCultureInfo("en-GB"),
        Kinds = new Dictionary<string, string>
        {
            ["sewer"] = "sewer", ["heat"] = "heat network", ["cables"] = "cables and pipes", ["charging"] = "charging points",
            ["trees"] = "trees", ["unsealing"] = "unsealing", ["road"] = "road renewal",
        },
    };
}
