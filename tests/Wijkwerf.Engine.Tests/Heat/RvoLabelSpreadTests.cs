using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using Wijkwerf.Domain.Buildings;
using Wijkwerf.Engine.Heat;
using Wijkwerf.Engine.Heat.Parameters;

namespace Wijkwerf.Engine.Tests.Heat;

/// <summary>Checks our default label distribution against RVO Voorbeeldwoningen 2022 (WoON2018) label spread in nl-labels.</summary>
public class RvoLabelSpreadTests
{
    private static readonly XNamespace S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly string[] LabelColumns = ["D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N"]; // A++++ … G

    /// <summary>Label shares per example dwelling, summed over the vormfactor classes of its block.</summary>
    private static Dictionary<string, double[]> ReadRvoSpread()
    {
        using var zip = ZipFile.OpenRead(SharedData.File("nl-labels/energielabel_spreiding_subset.xlsx"));
        XDocument Load(string name) { using var s = zip.GetEntry(name)!.Open(); return XDocument.Load(s); }
        var strings = Load("xl/sharedStrings.xml").Root!.Elements(S + "si").Select(si => string.Concat(si.Descendants(S + "t").Select(t => t.Value))).ToArray();
        var blocks = new Dictionary<string, double[]>();
        string? previousTitle = null, current = null;
        foreach (var row in Load("xl/worksheets/sheet1.xml").Descendants(S + "row"))
        {
            var cells = row.Elements(S + "c").ToDictionary(
                c => new string(((string)c.Attribute("r")!).TakeWhile(char.IsLetter).ToArray()),
                c => c.Element(S + "v")?.Value is { } v ? ((string?)c.Attribute("t") == "s" ? strings[int.Parse(v, CultureInfo.InvariantCulture)] : v) : "");
            var b = cells.GetValueOrDefault("B", "");
            if (b == "vormfactor") { current = previousTitle; blocks[current!] = new double[HeatLabels.LabelCount]; continue; }
            if (b.Length > 0 && !double.TryParse(b, CultureInfo.InvariantCulture, out _)) { previousTitle = b; current = null; continue; }
            if (current is null || !double.TryParse(b, CultureInfo.InvariantCulture, out _)) continue;
            for (var l = 0; l < LabelColumns.Length; l++)
                if (double.TryParse(cells.GetValueOrDefault(LabelColumns[l], ""), CultureInfo.InvariantCulture, out var share)) blocks[current][l] += share;
        }
        return blocks;
    }

    private static double MeanLabelIndex(Func<int, double> share)
    {
        double sum = 0, weight = 0;
        for (var l = 0; l < HeatLabels.LabelCount; l++) { sum += l * share(l); weight += share(l); }
        return sum / weight;
    }

    [Theory]
    [InlineData("2 onder 1 kap <1965", DwellingType.SemiDetached, BuildPeriod.From1946To1964)]
    [InlineData("rijwoning hoek <1946", DwellingType.TerracedEnd, BuildPeriod.Before1946)]
    [InlineData("rijwoning hoek 2006-2014", DwellingType.TerracedEnd, BuildPeriod.From2006To2014)]
    [InlineData("rijwoning hoek >2014", DwellingType.TerracedEnd, BuildPeriod.From2015)]
    public void The_default_label_estimate_is_within_one_class_of_the_RVO_spread(string exampleDwelling, DwellingType type, BuildPeriod period)
    {
        var rvo = ReadRvoSpread();
        var shares = rvo[exampleDwelling];
        shares.Sum().ShouldBe(1, 0.01);
        var p = HeatParameters.Default;
        var ours = MeanLabelIndex(l => p.LabelShare(type, period, (EnergyLabel)l));
        var theirs = MeanLabelIndex(l => shares[l]);
        Math.Abs(ours - theirs).ShouldBeLessThanOrEqualTo(1.0, $"mean label class: ours {ours:0.00}, RVO {theirs:0.00}");
    }
}
