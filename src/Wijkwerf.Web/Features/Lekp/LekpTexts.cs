using Wijkwerf.Data.Lekp;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Lekp;

/// <summary>The LEKP pages' strings, once per language (kept in the feature, not in <see cref="Texts"/>). The report's
/// own words (column heads, werven, statuses) are <see cref="Report"/>, shared with the PDF.</summary>
public sealed record LekpTexts
{
    public required ReportTexts Report { get; init; }
    public required string MonitorLink { get; init; }
    public required string MonitorTitle { get; init; }
    public required string MonitorIntro { get; init; }
    public required string NoPact { get; init; }
    public required string ChartCaption { get; init; }
    public required string Legend { get; init; }
    public required string Uncounted { get; init; }
    public required string DistrictsHeading { get; init; }
    public required string ColDistrict { get; init; }
    public required string ColMeasures { get; init; }
    public required string ColPlan { get; init; }
    public required string OpenPlan { get; init; }
    public required string ReportHeading { get; init; }
    public required string ReportIntro { get; init; }
    public required string Year { get; init; }
    public required string Show { get; init; }
    public required string DownloadPdf { get; init; }
    public required string DownloadXlsx { get; init; }

    public required string MeasuresLink { get; init; }
    public required string MeasuresTitle { get; init; }
    public required string NoMeasures { get; init; }
    public required string NewMeasure { get; init; }
    public required string Edit { get; init; }
    public required string MapHeading { get; init; }
    public required string MapLoading { get; init; }
    public required string MapFailed { get; init; }
    public required string ListHeading { get; init; }
    public required string Imported { get; init; }

    public required string NewTitle { get; init; }
    public required string EditTitle { get; init; }
    public required string Save { get; init; }
    public required string Delete { get; init; }
    public required string Cancel { get; init; }
    public required string Refused { get; init; }
    public required string Saved { get; init; }
    public required string NoTarget { get; init; }
    public required string PolygonKept { get; init; }
    public required IReadOnlyDictionary<string, string> Fields { get; init; }
    public required IReadOnlyDictionary<string, string> Fundings { get; init; }

    public required string PlanLink { get; init; }
    public required string PlanTitle { get; init; }
    public required string PlanIntro { get; init; }
    public required string TimelineHeading { get; init; }
    public required string TimelineCaption { get; init; }
    public required string ColStreet { get; init; }
    public required string NoStreet { get; init; }
    public required string Undated { get; init; }
    public required string OpensStreet { get; init; }
    public required string Plants { get; init; }
    public required string CoBenefitsHeading { get; init; }
    public required string CoBenefit { get; init; }
    public required string NoCoBenefits { get; init; }
    public required string ConflictsHeading { get; init; }
    public required string NoConflicts { get; init; }
    public required string PlantingBeforeTrench { get; init; }
    public required string MissedBundling { get; init; }
    public required string CouplingsHeading { get; init; }
    public required IReadOnlyDictionary<string, string> CouplingKinds { get; init; }
    public required string ColShared { get; init; }
    public required string ColWerven { get; init; }
    public required string OutlineHeading { get; init; }
    public required string OutlineLabel { get; init; }
    public required IReadOnlyDictionary<string, string> Outlines { get; init; }
    public required string SwitchOutline { get; init; }
    public required string WarmteprogrammaHeading { get; init; }
    public required string WarmteprogrammaIntro { get; init; }
    public required string HeatMissing { get; init; }
    public required string DistrictFigures { get; init; }

    public static LekpTexts For(Language language) => language.Code == "en" ? En : Nl;

    private static readonly Dictionary<string, string> FieldsNl = new()
    {
        ["district_code"] = "Wijk",
        ["werf"] = "Werf",
        ["target_key"] = "LEKP-doelstelling",
        ["title"] = "Titel",
        ["quantity"] = "Hoeveelheid",
        ["unit"] = "Eenheid (als de maatregel voor geen doelstelling telt)",
        ["status"] = "Status",
        ["start_date"] = "Begindatum",
        ["end_date"] = "Einddatum",
        ["cost_eur"] = "Kost (€)",
        ["funding"] = "Financiering",
        ["budget_code"] = "Budgetcode (bv. ABB-LEKP-2023)",
        ["owner"] = "Trekker",
        ["street_name"] = "Straat",
        ["lon"] = "Lengtegraad (WGS84)",
        ["lat"] = "Breedtegraad (WGS84)",
        ["street_works_ref"] = "Wegenwerken (id)",
        ["heat_network_ref"] = "Warmtenet (id)",
        ["renovation_project_ref"] = "Renovatieproject (id)",
    };

    private static readonly Dictionary<string, string> FieldsEn = new()
    {
        ["district_code"] = "District",
        ["werf"] = "Werf",
        ["target_key"] = "LEKP target",
        ["title"] = "Title",
        ["quantity"] = "Quantity",
        ["unit"] = "Unit (when the measure counts towards no target)",
        ["status"] = "Status",
        ["start_date"] = "Start date",
        ["end_date"] = "End date",
        ["cost_eur"] = "Cost (€)",
        ["funding"] = "Funding",
        ["budget_code"] = "Budget code (e.g. ABB-LEKP-2023)",
        ["owner"] = "Owner",
        ["street_name"] = "Street",
        ["lon"] = "Longitude (WGS84)",
        ["lat"] = "Latitude (WGS84)",
        ["street_works_ref"] = "Street works (id)",
        ["heat_network_ref"] = "Heat network (id)",
        ["renovation_project_ref"] = "Renovation project (id)",
    };

    public static readonly LekpTexts Nl = new()
    {
        Report = ReportTexts.Nl,
        MonitorLink = "LEKP-monitor",
        MonitorTitle = "LEKP-monitor van {0}",
        MonitorIntro = "De doelstellingen van het Lokaal Energie- en Klimaatpact naast wat de maatregelen van de gemeente realiseren en plannen. Het tekort is vereist min gerealiseerd; de verwachting voor 2030 telt geplande maatregelen met een einddatum vóór de deadline mee.",
        NoPact = "Voor deze gemeente is nog geen LEKP-versie ingesteld.",
        ChartCaption = "Voortgang per doelstelling van pact {0}",
        Legend = "Balk: donker = gerealiseerd, licht = gepland, als deel van wat vereist is.",
        Uncounted = "{0} maatregelen tellen voor geen doelstelling van pact {1}.",
        DistrictsHeading = "Per wijk",
        ColDistrict = "Wijk",
        ColMeasures = "Maatregelen",
        ColPlan = "Wijkplan",
        OpenPlan = "Geïntegreerd wijkplan",
        ReportHeading = "Rapport voor de gemeenteraad",
        ReportIntro = "Het raadsrapport (PDF) en de export (Excel) bevatten dezelfde cijfers als deze pagina, met de inhoudelijke rapportering van het gekozen jaar.",
        Year = "Jaar",
        Show = "Toon",
        DownloadPdf = "Raadsrapport (PDF)",
        DownloadXlsx = "Maatregelen en monitor (Excel)",
        MeasuresLink = "Maatregelen",
        MeasuresTitle = "Maatregelen van {0}",
        NoMeasures = "Nog geen maatregelen.",
        NewMeasure = "Nieuwe maatregel",
        Edit = "Bewerk",
        MapHeading = "Kaart van de maatregelen",
        MapLoading = "Kaart wordt geladen…",
        MapFailed = "De kaartgegevens konden niet geladen worden.",
        ListHeading = "Lijst",
        Imported = "geïmporteerd",
        NewTitle = "Nieuwe maatregel voor {0}",
        EditTitle = "Maatregel bewerken: {0}",
        Save = "Bewaar",
        Delete = "Verwijder",
        Cancel = "Terug naar de maatregelen",
        Refused = "Niet bewaard:",
        Saved = "Bewaard.",
        NoTarget = "(telt voor geen doelstelling)",
        PolygonKept = "Deze maatregel heeft een vlak als locatie; zonder lengte- en breedtegraad blijft dat vlak behouden.",
        Fields = FieldsNl,
        Fundings = new Dictionary<string, string> { ["lekp_subsidy"] = "LEKP-subsidie", ["other_subsidy"] = "andere subsidie", ["own_means"] = "eigen middelen" },
        PlanLink = "Geïntegreerd wijkplan",
        PlanTitle = "Geïntegreerd wijkplan {0}",
        PlanIntro = "Alle maatregelen van alle werven op één tijdlijn per straat, met wat ze delen (straat, jaar, budget), waar ze elkaar versterken en waar ze botsen.",
        TimelineHeading = "Tijdlijn per straat",
        TimelineCaption = "Maatregelen per straat en jaar",
        ColStreet = "Straat",
        NoStreet = "(geen straat)",
        Undated = "zonder datum",
        OpensStreet = "opent de straat",
        Plants = "plant",
        CoBenefitsHeading = "Meekoppelkansen",
        CoBenefit = "{0}, {1}: {2} in één keer — de straat gaat één keer open.",
        NoCoBenefits = "Geen straat met maatregelen van meerdere werven in hetzelfde jaar.",
        ConflictsHeading = "Conflicten",
        NoConflicts = "Geen conflicten gevonden.",
        PlantingBeforeTrench = "{0}: ‘{1}’ ({2}) wordt geplant vóór de sleuf van ‘{3}’ ({4}).",
        MissedBundling = "{0}: de straat gaat open in {2} (‘{1}’) en opnieuw in {4} (‘{3}’) — werken die gebundeld kunnen worden.",
        CouplingsHeading = "Koppelingen",
        CouplingKinds = new Dictionary<string, string> { ["Street"] = "straat", ["Year"] = "jaar", ["Budget"] = "budgetcode" },
        ColShared = "Gedeeld",
        ColWerven = "Werven",
        OutlineHeading = "Vorm van het plan",
        OutlineLabel = "Plan uitschrijven als",
        Outlines = new Dictionary<string, string> { ["Lekp"] = "LEKP-plan (Vlaanderen)", ["Warmteprogramma"] = "Warmteprogramma / wijkuitvoeringsplan (Nederland)" },
        SwitchOutline = "Wijzig",
        WarmteprogrammaHeading = "Opzet wijkuitvoeringsplan (Warmteprogramma)",
        WarmteprogrammaIntro = "Hoofdstukken van het wijkuitvoeringsplan met de cijfers die Wijkwerf al heeft: de warmteanalyse van de buurt en de maatregelen van dit plan.",
        HeatMissing = "Geen warmtecijfers:",
        DistrictFigures = "{0} inwoners · {1} wooneenheden (peildatum {2}). De doelstellingen per wijk zijn het aandeel van de wijk naar haar inwoners of wooneenheden.",
    };

    public static readonly LekpTexts En = new()
    {
        Report = ReportTexts.En,
        MonitorLink = "LEKP monitor",
        MonitorTitle = "LEKP monitor of {0}",
        MonitorIntro = "The targets of the Local Energy and Climate Pact next to what the municipality's measures realise and plan. The gap is required minus realised; the 2030 projection adds planned measures that end before the deadline.",
        NoPact = "No LEKP version has been set for this municipality yet.",
        ChartCaption = "Progress per target of pact {0}",
        Legend = "Bar: dark = realised, light = planned, as a share of what is required.",
        Uncounted = "{0} measures count towards no target of pact {1}.",
        DistrictsHeading = "Per district",
        ColDistrict = "District",
        ColMeasures = "Measures",
        ColPlan = "District plan",
        OpenPlan = "Integrated district plan",
        ReportHeading = "Report for the council",
        ReportIntro = "The council report (PDF) and the export (Excel) hold the same figures as this page, with the content report of the chosen year.",
        Year = "Year",
        Show = "Show",
        DownloadPdf = "Council report (PDF)",
        DownloadXlsx = "Measures and monitor (Excel)",
        MeasuresLink = "Measures",
        MeasuresTitle = "Measures of {0}",
        NoMeasures = "No measures yet.",
        NewMeasure = "New measure",
        Edit = "Edit",
        MapHeading = "Map of the measures",
        MapLoading = "Loading map…",
        MapFailed = "The map data could not be loaded.",
        ListHeading = "List",
        Imported = "imported",
        NewTitle = "New measure for {0}",
        EditTitle = "Edit measure: {0}",
        Save = "Save",
        Delete = "Delete",
        Cancel = "Back to the measures",
        Refused = "Not saved:",
        Saved = "Saved.",
        NoTarget = "(counts towards no target)",
        PolygonKept = "This measure's location is an area; without longitude and latitude that area is kept.",
        Fields = FieldsEn,
        Fundings = new Dictionary<string, string> { ["lekp_subsidy"] = "LEKP subsidy", ["other_subsidy"] = "other subsidy", ["own_means"] = "own means" },
        PlanLink = "Integrated district plan",
        PlanTitle = "Integrated district plan {0}",
        PlanIntro = "Every measure of every werf on one timeline per street, with what they share (street, year, budget), where they reinforce each other and where they clash.",
        TimelineHeading = "Timeline per street",
        TimelineCaption = "Measures per street and year",
        ColStreet = "Street",
        NoStreet = "(no street)",
        Undated = "undated",
        OpensStreet = "opens the street",
        Plants = "plants",
        CoBenefitsHeading = "Co-benefits",
        CoBenefit = "{0}, {1}: {2} at once — the street is opened only once.",
        NoCoBenefits = "No street has measures of several werven in the same year.",
        ConflictsHeading = "Conflicts",
        NoConflicts = "No conflicts found.",
        PlantingBeforeTrench = "{0}: ‘{1}’ ({2}) is planted before the trench of ‘{3}’ ({4}).",
        MissedBundling = "{0}: the street is opened in {2} (‘{1}’) and again in {4} (‘{3}’) — works that could be bundled.",
        CouplingsHeading = "Couplings",
        CouplingKinds = new Dictionary<string, string> { ["Street"] = "street", ["Year"] = "year", ["Budget"] = "budget code" },
        ColShared = "Shared",
        ColWerven = "Werven",
        OutlineHeading = "Form of the plan",
        OutlineLabel = "Write the plan as",
        Outlines = new Dictionary<string, string> { ["Lekp"] = "LEKP plan (Flanders)", ["Warmteprogramma"] = "Warmteprogramma / district implementation plan (Netherlands)" },
        SwitchOutline = "Change",
        WarmteprogrammaHeading = "Outline of the district implementation plan (Warmteprogramma)",
        WarmteprogrammaIntro = "Chapters of the Dutch wijkuitvoeringsplan with the figures Wijkwerf already has: the district's heat analysis and this plan's measures. The chapters are in Dutch, the language of the document.",
        HeatMissing = "No heat figures:",
        DistrictFigures = "{0} inhabitants · {1} housing units (reference date {2}). A district's targets are its share by inhabitants or housing units.",
    };
}
