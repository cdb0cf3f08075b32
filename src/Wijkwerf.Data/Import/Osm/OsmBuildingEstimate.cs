using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Wijkwerf.Data.Import.Osm;

/// <summary>What OSM tags say about a building's dwellings and floors. OSM rarely tags dwellings, so this is an estimate;
/// the rules are in docs/osm-import.md and are meant to be replaced by a register (BAG, CRAB/Adressenregister) where one exists.</summary>
public static partial class OsmBuildingEstimate
{
    /// <summary><c>building=*</c> values that are homes (OSM wiki, Key:building, "Accommodation").</summary>
    private static readonly FrozenSet<string> Residential = new[]
    {
        "house", "detached", "semidetached_house", "terrace", "residential", "bungalow", "farm", "apartments",
        "dormitory", "houseboat", "static_caravan", "cabin",
    }.ToFrozenSet();

    /// <summary>Values that never hold a dwelling: outbuildings, agricultural, commercial, civic, religious, technical.</summary>
    private static readonly FrozenSet<string> NonResidential = new[]
    {
        "garage", "garages", "carport", "shed", "hut", "barn", "cowshed", "stable", "sty", "greenhouse", "farm_auxiliary",
        "silo", "church", "chapel", "cathedral", "mosque", "synagogue", "temple", "religious", "school", "kindergarten",
        "university", "college", "hospital", "civic", "public", "government", "fire_station", "train_station", "transportation",
        "industrial", "warehouse", "commercial", "office", "retail", "supermarket", "kiosk", "service", "transformer_tower",
        "water_tower", "bunker", "roof", "toilets", "sports_hall", "sports_centre", "stadium", "pavilion", "parking",
        "construction", "ruins", "storage_tank", "tower", "bridge",
    }.ToFrozenSet();

    /// <summary>Floors assumed when <c>building:levels</c> is missing: a home has two (ground floor and bedrooms under
    /// the roof, the common Flemish and Dutch house), anything else one.</summary>
    public const int DefaultHomeLevels = 2;
    public const int DefaultOtherLevels = 1;

    /// <summary>An <c>apartments</c> building without <c>building:flats</c> holds at least this many dwellings: the
    /// smallest count the dwelling-type rule calls an apartment building (DwellingTypeRules.ApartmentMinDwellings).</summary>
    public const int MinApartmentDwellings = 3;

    /// <summary>Estimated dwellings:
    /// <c>building:flats</c> when tagged; <c>apartments</c> → max(house numbers, levels, 3);
    /// other home values, and <c>yes</c> or an unknown value with a house number → one per house number (at least 1);
    /// outbuildings and non-residential values, and <c>yes</c> without a house number → 0.</summary>
    public static int Dwellings(string use, IReadOnlyDictionary<string, string> tags, int? levels)
    {
        if (NonResidential.Contains(use)) return 0;
        var numbers = HouseNumbers(tags.GetValueOrDefault("addr:housenumber"));
        var residential = Residential.Contains(use);
        if (!residential && numbers == 0) return 0;
        if (Integer(tags.GetValueOrDefault("building:flats")) is > 0 and var flats) return flats;
        if (use == "apartments") return Math.Max(Math.Max(numbers, levels ?? 0), MinApartmentDwellings);
        return Math.Max(numbers, 1);
    }

    /// <summary>House numbers in one <c>addr:housenumber</c>: "12;14" and "12, 14" are two; a range "12-16" counts once
    /// (it may be one house with a range, as often in Flanders).</summary>
    public static int HouseNumbers(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return 0;
        var count = 0;
        foreach (var part in value.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (part.Length > 0) count++;
        return count;
    }

    /// <summary>The first whole number in a tag value ("3", "2.5" → 3 rounded, "3;4" → 3), or null.</summary>
    public static int? Integer(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var m = LeadingNumber().Match(value);
        return m.Success && double.TryParse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= 0 && d < 1000
            ? (int)Math.Round(d, MidpointRounding.AwayFromZero)
            : null;
    }

    /// <summary>The first four-digit year in <c>start_date</c> ("1923", "1923-05-01", "~1920", "C19" gives none).</summary>
    public static int? Year(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var m = FourDigits().Match(value);
        return m.Success ? int.Parse(m.Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)")]
    private static partial Regex FourDigits();
}
