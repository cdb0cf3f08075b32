namespace Wijkwerf.Web.Features.Streets;

/// <summary>Strings of the work form, the page's import and the parking and mobility sections, once per language.</summary>
public sealed record StreetsEditTexts
{
    public required string NewWork { get; init; }
    public required string NewTitle { get; init; }
    public required string EditTitle { get; init; }
    public required string Edit { get; init; }
    public required string Save { get; init; }
    public required string Cancel { get; init; }
    public required string Delete { get; init; }
    public required string Refused { get; init; }
    public required string Saved { get; init; }
    public required string Deleted { get; init; }
    public required string ConflictsNow { get; init; }
    public required string SegmentsHelp { get; init; }
    public required string MapPickHelp { get; init; }
    public required string WindowLegend { get; init; }
    public required string GroundworkLive { get; init; }
    public required string Categories { get; init; }
    public required string ImportHeading { get; init; }
    public required string ImportHelp { get; init; }
    public required string ImportFile { get; init; }
    public required string ImportButton { get; init; }
    public required string Imported { get; init; }
    public required string ParkingHeading { get; init; }
    public required string ParkingIntro { get; init; }
    public required string NoCounts { get; init; }
    public required string ColStreet { get; init; }
    public required string ColSlot { get; init; }
    public required string ColCars { get; init; }
    public required string ColCapacity { get; init; }
    public required string ColPressure { get; init; }
    public required string Full { get; init; }
    public required string Night { get; init; }
    public required string Day { get; init; }
    public required string DistrictTotal { get; init; }
    public required string NeighbourhoodHeading { get; init; }
    public required string NeighbourhoodIntro { get; init; }
    public required string ColCarPark { get; init; }
    public required string ColFree { get; init; }
    public required string ColUsed { get; init; }
    public required string ColMoved { get; init; }
    public required string ColFreed { get; init; }
    public required string ColGreen { get; init; }
    public required string ColAfter { get; init; }
    public required string NeighbourhoodTotal { get; init; }
    public required string HubsHeading { get; init; }
    public required string HubsIntro { get; init; }
    public required string ColRank { get; init; }
    public required string ColCategory { get; init; }
    public required string ColNear { get; init; }
    public required string ColDwellings { get; init; }
    public required string ColInhabitants { get; init; }
    public required string ColExisting { get; init; }
    public required string ColStop { get; init; }
    public required string ColScore { get; init; }
    public required string MobilityMapHeading { get; init; }
    public required string MobilityMapDescription { get; init; }
    public required IReadOnlyDictionary<string, string> HubCategories { get; init; }
    public required IReadOnlyDictionary<string, string> Fields { get; init; }
    public required IReadOnlyDictionary<string, string> Statuses { get; init; }
    public required IReadOnlyDictionary<string, string> Surfaces { get; init; }

    public string Field(string f) => Fields.GetValueOrDefault(f, f);

    public static StreetsEditTexts For(string languageCode) => languageCode == "en" ? En : Nl;

    public static readonly StreetsEditTexts Nl = new()
    {
        NewWork = "Werk toevoegen", NewTitle = "Nieuw straatwerk in {0}", EditTitle = "Straatwerk {0} wijzigen", Edit = "Wijzig", Save = "Bewaar", Cancel = "Annuleer",
        Delete = "Verwijder dit werk", Refused = "Niet bewaard.", Saved = "Werk {0} bewaard.", Deleted = "Werk verwijderd.",
        ConflictsNow = "Conflicten en waarschuwingen opnieuw berekend: {0} gaan over dit werk.",
        SegmentsHelp = "Kies een of meer straatsegmenten (Ctrl of Shift om meer te kiezen).",
        MapPickHelp = "Of klik op een segment op de kaart om het aan of uit te zetten (de lijst hierboven blijft de toegankelijke manier).",
        WindowLegend = "Periode en toegelaten verschuiving",
        GroundworkLive = "GIPOD-categorie: {0}; melden ten laatste {1} voor de start.",
        Categories = "groot (> 50 m²)|klein (3–50 m²)|zeer klein (< 3 m²)|2 maanden|6 maanden|4 weken|1 werkdag",
        ImportHeading = "Werken importeren", ImportHelp = "GeoJSON, CSV of een GIPOD-feed (JSON); het formaat wordt uit de inhoud gelezen. GeoJSON en CSV: alles of niets; een GIPOD-feed: foute records worden overgeslagen en gemeld.",
        ImportFile = "Werkenbestand", ImportButton = "Importeer", Imported = "{0}: {1} werken geïmporteerd ({2} vervangen), {3} records overgeslagen.",
        ParkingHeading = "Parkeerdruk", ParkingIntro = "Getelde auto's gedeeld door het aantal plaatsen per straat; 'vol' vanaf {0:P0} ({1}).",
        NoCounts = "Nog geen parkeertellingen. Importeer ze met: wijkwerf parking import <bestand.csv>.",
        ColStreet = "Straat", ColSlot = "Moment", ColCars = "Getelde auto's", ColCapacity = "Plaatsen", ColPressure = "Parkeerdruk", Full = "vol",
        Night = "nacht", Day = "dag", DistrictTotal = "Hele wijk",
        NeighbourhoodHeading = "Buurtparkeren", NeighbourhoodIntro = "Volle straten 's nachts gekoppeld aan private parkings (scholen, supermarkten ...) binnen {0:N0} m wandelen: zoveel straatplaatsen kunnen groen worden. Dit is potentieel, nog niet gerealiseerd.",
        ColCarPark = "Parking", ColFree = "Vrij 's nachts", ColUsed = "Gebruikt", ColMoved = "Auto's naar parking", ColFreed = "Plaatsen groen", ColGreen = "Groen (m²)", ColAfter = "Druk daarna",
        NeighbourhoodTotal = "Verplaatste auto's: {0}; gebruikte parkings: {1}; straatplaatsen die groen kunnen worden: {2}; ontharding (potentieel): {3:N0} m².",
        HubsHeading = "Kandidaat-mobipunten (Hoppinpunten)", HubsIntro = "Kruispunten gerangschikt op het aantal woningen binnen {0:N0} m wandelen langs de straten en de deelauto's en laadpunten die er al zijn. Lokaal Hoppinpunt: aan een halte; buurt-Hoppinpunt: nabijheid (Besluit Vlaamse Regering Hoppinpunten, art. 2).",
        ColRank = "Rang", ColCategory = "Categorie", ColNear = "Aan", ColDwellings = "Woningen", ColInhabitants = "Inwoners (schatting)", ColExisting = "Deelauto's en laadpunten", ColStop = "Halte op (m wandelen)", ColScore = "Score",
        MobilityMapHeading = "Kaart parkeren en mobiliteit", MobilityMapDescription = "Telposities gekleurd naar parkeerdruk (rood: vol), private parkings (vierkant) en kandidaat-mobipunten (ruit). De tabellen bevatten dezelfde gegevens.",
        HubCategories = new Dictionary<string, string> { ["local"] = "lokaal Hoppinpunt", ["neighbourhood"] = "buurt-Hoppinpunt" },
        Fields = new Dictionary<string, string>
        {
            ["reference"] = "Referentie", ["title"] = "Titel", ["owner"] = "Beheerder (wie graaft)", ["kind"] = "Soort werk", ["surface"] = "Oppervlak",
            ["segments"] = "Straatsegmenten", ["street"] = "Straatnaam", ["lon"] = "Lengtegraad", ["lat"] = "Breedtegraad", ["start"] = "Start", ["end"] = "Einde",
            ["earliest_start"] = "Vroegste start", ["latest_start"] = "Laatste start", ["registered_on"] = "Gemeld op", ["excavated_m2"] = "Opgebroken oppervlakte (m²)",
            ["utility_relocation"] = "Nutsleidingen verleggen", ["cost_eur"] = "Kost (€)", ["status"] = "Status", ["unsealed_m2"] = "Onthard (m²)",
            ["rainwater_m3"] = "Regenwaterbuffer (m³)", ["trees"] = "Bomen", ["charging_points"] = "Laadpunten", ["heat_dn"] = "Warmteleiding (DN)",
        },
        Statuses = new Dictionary<string, string> { ["planned"] = "gepland", ["in_progress"] = "in uitvoering", ["finished"] = "uitgevoerd" },
        Surfaces = new Dictionary<string, string> { ["carriageway"] = "rijbaan", ["footway"] = "voetpad" },
    };

    public static readonly StreetsEditTexts En = new()
    {
        NewWork = "Add a work", NewTitle = "New street work in {0}", EditTitle = "Change street work {0}", Edit = "Edit", Save = "Save", Cancel = "Cancel",
        Delete = "Delete this work", Refused = "Not saved.", Saved = "Work {0} saved.", Deleted = "Work deleted.",
        ConflictsNow = "Conflicts and warnings recomputed: {0} concern this work.",
        SegmentsHelp = "Choose one or more street segments (Ctrl or Shift to choose more).",
        MapPickHelp = "Or click a segment on the map to add or remove it (the list above stays the accessible way).",
        WindowLegend = "Period and allowed shift",
        GroundworkLive = "GIPOD category: {0}; register at least {1} before the start.",
        Categories = "major (> 50 m²)|minor (3–50 m²)|small (< 3 m²)|2 months|6 months|4 weeks|1 working day",
        ImportHeading = "Import works", ImportHelp = "GeoJSON, CSV or a GIPOD feed (JSON); the format is read from the content. GeoJSON and CSV: all or nothing; a GIPOD feed: bad records are left out and reported.",
        ImportFile = "Works file", ImportButton = "Import", Imported = "{0}: {1} works imported ({2} replaced), {3} records left out.",
        ParkingHeading = "Parking pressure", ParkingIntro = "Counted cars divided by the spaces per street; 'full' from {0:P0} ({1}).",
        NoCounts = "No parking counts yet. Import them with: wijkwerf parking import <file.csv>.",
        ColStreet = "Street", ColSlot = "When", ColCars = "Counted cars", ColCapacity = "Spaces", ColPressure = "Pressure", Full = "full",
        Night = "night", Day = "day", DistrictTotal = "Whole district",
        NeighbourhoodHeading = "Neighbourhood parking", NeighbourhoodIntro = "Full streets at night matched to private car parks (schools, supermarkets ...) within {0:N0} m walk: this many street spaces could become green. This is potential, not realised.",
        ColCarPark = "Car park", ColFree = "Free at night", ColUsed = "Used", ColMoved = "Cars to car park", ColFreed = "Spaces to green", ColGreen = "Green (m²)", ColAfter = "Pressure after",
        NeighbourhoodTotal = "Cars moved: {0}; car parks used: {1}; street spaces that could become green: {2}; unsealing (potential): {3:N0} m².",
        HubsHeading = "Mobility hub (Hoppinpunt) candidates", HubsIntro = "Intersections ranked by the homes within {0:N0} m walk along the streets and the shared cars and charging points already there. Local Hoppinpunt: at a stop; neighbourhood Hoppinpunt: proximity (Flemish Government decision on Hoppinpunten, art. 2).",
        ColRank = "Rank", ColCategory = "Category", ColNear = "At", ColDwellings = "Dwellings", ColInhabitants = "Inhabitants (estimate)", ColExisting = "Shared cars and charging points", ColStop = "Stop at (m walk)", ColScore = "Score",
        MobilityMapHeading = "Parking and mobility map", MobilityMapDescription = "Count positions coloured by parking pressure (red: full), private car parks (square) and mobility hub candidates (diamond). The tables hold the same data.",
        HubCategories = new Dictionary<string, string> { ["local"] = "local Hoppinpunt", ["neighbourhood"] = "neighbourhood Hoppinpunt" },
        Fields = new Dictionary<string, string>
        {
            ["reference"] = "Reference", ["title"] = "Title", ["owner"] = "Owner (who digs)", ["kind"] = "Kind of work", ["surface"] = "Surface",
            ["segments"] = "Street segments", ["street"] = "Street name", ["lon"] = "Longitude", ["lat"] = "Latitude", ["start"] = "Start", ["end"] = "End",
            ["earliest_start"] = "Earliest start", ["latest_start"] = "Latest start", ["registered_on"] = "Registered on", ["excavated_m2"] = "Excavated area (m²)",
            ["utility_relocation"] = "Utilities relocated", ["cost_eur"] = "Cost (€)", ["status"] = "Status", ["unsealed_m2"] = "Unsealed (m²)",
            ["rainwater_m3"] = "Rainwater buffer (m³)", ["trees"] = "Trees", ["charging_points"] = "Charging points", ["heat_dn"] = "Heat pipe (DN)",
        },
        Statuses = new Dictionary<string, string> { ["planned"] = "planned", ["in_progress"] = "in progress", ["finished"] = "finished" },
        Surfaces = new Dictionary<string, string> { ["carriageway"] = "carriageway", ["footway"] = "footway" },
    };
}
