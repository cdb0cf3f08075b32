using System.Globalization;
using System.Text;
using Wijkwerf.Domain.Buildings;
using Wijkwerf.Engine.Heat;
using Wijkwerf.Engine.Heat.Demand;
using Wijkwerf.Engine.Heat.Parameters;

namespace Wijkwerf.Engine.Tests.Heat;

/// <summary>
/// Compares our space-heat demand with PBL Vesta MAIS (Startanalyse 2025 input, GPL-3.0). The PBL table is READ HERE ONLY, never shipped:
/// see ../shared/data/README.md. Result written to docs/heat-validation.md.
/// </summary>
public class PblReferenceValidationTests
{
    /// <summary>Our figures may differ from PBL by at most this fraction per dwelling type: our compact label model and PBL's per-period model differ in method.</summary>
    private const double TolerancePerType = 0.35;
    private const double KWhPerGJ = 1_000 / 3.6;

    /// <summary>Typical usable floor area per dwelling (m²) used for the comparison: rounded CBS/WoON averages per type. Only scales PBL's per-connection term.</summary>
    private static readonly Dictionary<DwellingType, double> TypicalFloorAreaM2 = new()
    {
        [DwellingType.Detached] = 150,
        [DwellingType.SemiDetached] = 130,
        [DwellingType.TerracedEnd] = 115,
        [DwellingType.TerracedMiddle] = 110,
        [DwellingType.Apartment] = 75,
    };

    private sealed record Row(DwellingType Type, string TypeText, string PeriodText, int Year, EnergyLabel DefaultLabel, double PblSpaceKWh, double PblHotWaterKWh);

    private static List<Row> ReadPbl()
    {
        var lines = File.ReadAllLines(SharedData.File("reference/vesta-mais/data/20241112_Woningen_BAG.csv"), Encoding.UTF8);
        var header = lines[0].TrimStart('\uFEFF').Split(';');
        int Col(string name) => Array.IndexOf(header, name) is >= 0 and var i ? i : throw new InvalidDataException("PBL column missing: " + name);
        double Num(string[] c, string name) => double.Parse(c[Col(name)], CultureInfo.InvariantCulture);
        var rows = new List<Row>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var c = line.Split(';');
            var typeText = c[Col("type_str")];
            DwellingType type = typeText switch
            {
                "vrijstaand" => DwellingType.Detached,
                "2 onder 1 kap" => DwellingType.SemiDetached,
                "rijwoning hoek" => DwellingType.TerracedEnd,
                "rijwoning tussen" => DwellingType.TerracedMiddle,
                _ when typeText.StartsWith("meergezins", StringComparison.Ordinal) => DwellingType.Apartment,
                _ => throw new InvalidDataException("unknown PBL type " + typeText),
            };
            var periodText = c[Col("bouwjaar_str")];
            var years = periodText.Split(' ', '-').Where(p => int.TryParse(p, out _)).Select(int.Parse).ToArray();
            var year = periodText.StartsWith("voor", StringComparison.Ordinal) ? years[0] - 10 : (years[0] + years[^1]) / 2;
            HeatLabels.TryParse(c[Col("Default_label")], out var label).ShouldBeTrue();
            var area = TypicalFloorAreaM2[type];
            var l = label.ToText();
            var space = (Num(c, $"Vrv_{l}_asl") + Num(c, $"Vrv_{l}_opp") * area) * KWhPerGJ;
            var hotWater = (Num(c, "Vww_asl") + Num(c, "Vww_opp") * area) * KWhPerGJ;
            rows.Add(new Row(type, typeText, periodText, year, label, space, hotWater));
        }
        return rows;
    }

    [Fact]
    public void Space_heat_per_dwelling_type_is_within_35_percent_of_PBL_Vesta_MAIS()
    {
        var model = new HeatDemandModel(HeatParameters.Default);
        var rows = ReadPbl();
        rows.Count.ShouldBe(66);
        var md = new StringBuilder();
        // Only ratios are written out: the PBL values themselves stay in the GPL table.
        md.AppendLine("| dwelling type (PBL) | build period | PBL default label | ratio Wijkwerf/PBL, same label | ratio, label unknown |");
        md.AppendLine("|---|---|---|---:|---:|");
        var perType = new Dictionary<DwellingType, (double Pbl, double Ours, double OursUnknown, double PblHw, double OursHw)>();
        foreach (var r in rows)
        {
            var area = TypicalFloorAreaM2[r.Type];
            var known = model.Compute(new HeatBuildingInput(r.Type, r.Year, r.DefaultLabel, area, 1));
            var unknown = model.Compute(new HeatBuildingInput(r.Type, r.Year, null, area, 1));
            md.AppendLine(FormattableString.Invariant(
                $"| {r.TypeText} | {r.PeriodText} | {r.DefaultLabel.ToText()} | {known.SpaceHeatKWhPerYear / r.PblSpaceKWh:0.00} | {unknown.SpaceHeatKWhPerYear / r.PblSpaceKWh:0.00} |"));
            var t = perType.GetValueOrDefault(r.Type);
            perType[r.Type] = (t.Pbl + r.PblSpaceKWh, t.Ours + known.SpaceHeatKWhPerYear, t.OursUnknown + unknown.SpaceHeatKWhPerYear, t.PblHw + r.PblHotWaterKWh, t.OursHw + known.HotWaterKWhPerYear);
        }
        var summary = new StringBuilder();
        summary.AppendLine("| dwelling type | floor area used m² | space heat ratio Wijkwerf/PBL (same label) | (label unknown) | hot water ratio |");
        summary.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (type, t) in perType)
            summary.AppendLine(FormattableString.Invariant($"| {type} | {TypicalFloorAreaM2[type]:0} | {t.Ours / t.Pbl:0.00} | {t.OursUnknown / t.Pbl:0.00} | {t.OursHw / t.PblHw:0.00} |"));
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "heat-validation-tables.md"), summary + "\n" + md);

        foreach (var (type, t) in perType)
        {
            (t.Ours / t.Pbl).ShouldBeInRange(1 - TolerancePerType, 1 + TolerancePerType, $"{type} space heat, same label");
            (t.OursUnknown / t.Pbl).ShouldBeInRange(1 - TolerancePerType, 1 + TolerancePerType, $"{type} space heat, label unknown");
        }
    }
}
