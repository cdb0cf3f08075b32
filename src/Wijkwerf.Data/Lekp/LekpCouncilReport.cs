using System.Globalization;
using System.Net;
using System.Text;
using Wijkwerf.Data.Reports;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Werven;
using Wijkwerf.Engine.Lekp;

namespace Wijkwerf.Data.Lekp;

/// <summary>One target in the yearly LEKP content report: what is required, realised in the report year, realised up to
/// and including it (cumulative), and planned.</summary>
public sealed record YearTargetLine(string Key, string NameNl, string NameEn, string Unit, double? Required, double RealisedThisYear, double Cumulative, double Planned);

/// <summary>One werf of the yearly content report, with a narrative made from the measures themselves (realised this
/// year, under way) so that staff start from facts, not from a blank page.</summary>
public sealed record WerfYear(string Werf, IReadOnlyList<YearTargetLine> Targets, IReadOnlyList<string> RealisedThisYear, IReadOnlyList<string> UnderWay);

/// <summary>The yearly LEKP content report: per werf the targets, realised this year, cumulative, planned and the narrative.</summary>
public sealed record YearReport(int Year, IReadOnlyList<WerfYear> Werven);

/// <summary>Everything the council report shows: the monitor (as <see cref="LekpMonitor"/> computes it), the measures and
/// the yearly content report.</summary>
public sealed record LekpReport(MunicipalityTargets Monitor, IReadOnlyList<MeasureRow> Measures, YearReport Year);

/// <summary>The council report of a municipality's LEKP plan: a self-contained HTML document (printed to PDF by
/// <see cref="ChromiumPdf"/>) and an XLSX workbook, both from one <see cref="LekpReport"/> so they hold the same figures.</summary>
public sealed class LekpCouncilReport(WijkwerfDb db, LekpTargetTable? targets = null)
{
    private readonly LekpTargetTable _targets = targets ?? LekpTargetTable.Default;

    /// <returns>Null when no municipality has this code.</returns>
    /// <exception cref="InvalidOperationException">The municipality has no pact version.</exception>
    public async Task<LekpReport?> BuildAsync(string municipalityCode, int year, CancellationToken ct = default)
    {
        var monitor = await new LekpMonitor(db, _targets).ForMunicipalityAsync(municipalityCode, ct);
        if (monitor is null) return null;
        var measures = await new LekpMeasures(db).ListAsync(monitor.Code, null, ct);
        return new LekpReport(monitor, measures, Year(_targets.For(monitor.PactVersion), monitor, measures, year));
    }

    /// <summary>The content report of <paramref name="year"/>. A measure counts in the year it ended (else started);
    /// a realised measure without dates counts in the cumulative figure only. A measure of a <c>part_of</c> target counts
    /// for the parent too, as in the monitor.</summary>
    public static YearReport Year(IReadOnlyList<LekpTarget> table, MunicipalityTargets monitor, IReadOnlyList<MeasureRow> measures, int year)
    {
        var werven = new List<WerfYear>();
        foreach (var werf in Enum.GetValues<Werf>())
        {
            var lines = new List<YearTargetLine>();
            foreach (var t in table.Where(t => t.Werf == werf))
            {
                var row = monitor.Targets.First(r => r.Key == t.Key);
                var counted = measures.Where(m => m.TargetKey == t.Key || table.Any(c => c.Key == m.TargetKey && c.PartOf == t.Key)).ToArray();
                var realised = counted.Where(m => m.Status == "realised").ToArray();
                lines.Add(new YearTargetLine(t.Key, t.DescriptionNl, t.DescriptionEn, t.Unit, row.Required,
                    realised.Where(m => YearOf(m) == year).Sum(m => m.Quantity),
                    realised.Where(m => YearOf(m) is not { } y || y <= year).Sum(m => m.Quantity),
                    row.Planned));
            }
            var own = measures.Where(m => m.Werf == werf.Slug()).ToArray();
            var done = own.Where(m => m.Status == "realised" && YearOf(m) == year).Select(m => m.Title).ToArray();
            var underway = own.Where(m => m.Status == "in_progress").Select(m => m.Title).ToArray();
            if (lines.Count > 0 || done.Length > 0 || underway.Length > 0) werven.Add(new WerfYear(werf.Slug(), lines, done, underway));
        }
        return new YearReport(year, werven);
    }

    private static int? YearOf(MeasureRow m) => (m.EndDate ?? m.StartDate)?.Year;

    /// <summary>The workbook: sheets Monitor, Districts, Measures (the import columns, so it can be edited and
    /// imported again) and the year report.</summary>
    public static byte[] Xlsx(LekpReport r)
    {
        var monitor = new XlsxSheet("Monitor", ["key", "target", "werf", "unit", "required", "realised", "planned", "gap", "projected_2030"],
            r.Monitor.Targets.Select(t => (IReadOnlyList<object?>)[t.Key, t.Name, t.Werf, t.Unit, t.Required, t.Realised, t.Planned, t.Gap, t.Projected2030]));
        var districts = new XlsxSheet("Districts", ["district_code", "district", "key", "required", "realised", "planned", "gap", "projected_2030"],
            r.Monitor.Districts.SelectMany(d => d.Targets.Where(t => t.Realised > 0 || t.Planned > 0)
                .Select(t => (IReadOnlyList<object?>)[d.Code, d.Name, t.Key, t.Required, t.Realised, t.Planned, t.Gap, t.Projected2030])));
        string[] numeric = ["quantity", "cost_eur", "lon", "lat"];
        var measures = new XlsxSheet("Measures", MeasuresImport.Columns,
            r.Measures.Select(m =>
            {
                var f = m.Fields();
                return (IReadOnlyList<object?>)MeasuresImport.Columns.Select(c => numeric.Contains(c) && f[c] is { } v
                    ? double.Parse(v, CultureInfo.InvariantCulture) : (object?)f[c]).ToArray();
            }));
        var year = new XlsxSheet($"Year report {r.Year.Year}", ["werf", "key", "unit", "required", "realised_this_year", "cumulative", "planned"],
            r.Year.Werven.SelectMany(w => w.Targets.Select(t => (IReadOnlyList<object?>)[w.Werf, t.Key, t.Unit, t.Required, t.RealisedThisYear, t.Cumulative, t.Planned])));
        return XlsxWriter.Write(monitor, districts, measures, year);
    }

    /// <summary>The whole report as one HTML document with print CSS (A4), for <see cref="ChromiumPdf.PrintAsync"/>.</summary>
    public static string Html(LekpReport r, ReportTexts t)
    {
        var m = r.Monitor;
        var b = new StringBuilder();
        b.Append("<!DOCTYPE html><html lang=\"").Append(t.Code).Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(string.Format(CultureInfo.InvariantCulture, t.Title, m.Name))).Append("</title><style>").Append(Css).Append("</style></head><body>");
        b.Append("<h1>").Append(E(string.Format(CultureInfo.InvariantCulture, t.Title, m.Name))).Append("</h1>");
        b.Append("<p>").Append(E(string.Format(CultureInfo.InvariantCulture, t.Figures, m.Code, m.PactVersion, t.Number(m.Inhabitants), t.Number(m.HousingUnits),
            m.FiguresReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–"))).Append("</p>");
        b.Append("<h2>").Append(E(t.MonitorHeading)).Append("</h2>");
        MonitorTable(b, m.Targets, t);
        b.Append("<h2>").Append(E(string.Format(CultureInfo.InvariantCulture, t.YearHeading, r.Year.Year))).Append("</h2>");
        YearHtml(b, r.Year, t);
        b.Append("<h2>").Append(E(t.MeasuresHeading)).Append("</h2><table><thead><tr>");
        foreach (var h in new[] { t.ColWerf, t.ColTitle, t.ColQuantity, t.ColStatus, t.ColDistrict, t.ColStreet, t.ColEnd, t.ColCost, t.ColBudget })
            b.Append("<th scope=\"col\">").Append(E(h)).Append("</th>");
        b.Append("</tr></thead><tbody>");
        foreach (var x in r.Measures)
            b.Append("<tr><td>").Append(E(x.Werf)).Append("</td><td>").Append(E(x.Title)).Append("</td><td class=\"num\">")
                .Append(E(t.Number(x.Quantity) + " " + x.Unit)).Append("</td><td>").Append(E(t.Status(x.Status))).Append("</td><td>")
                .Append(E(x.DistrictCode ?? "")).Append("</td><td>").Append(E(x.StreetName ?? "")).Append("</td><td>")
                .Append(x.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "").Append("</td><td class=\"num\">")
                .Append(E(t.Number(x.CostEur))).Append("</td><td>").Append(E(x.BudgetCode ?? "")).Append("</td></tr>");
        b.Append("</tbody></table>");
        b.Append("<p class=\"note\">").Append(E(t.SourcesNote)).Append("</p></body></html>");
        return b.ToString();
    }

    /// <summary>The monitor as a table with a bar per target (realised and planned as shares of required).</summary>
    public static void MonitorTable(StringBuilder b, IReadOnlyList<TargetRow> rows, ReportTexts t)
    {
        b.Append("<table class=\"data monitor\"><thead><tr>");
        foreach (var h in new[] { t.ColKey, t.ColTarget, t.ColUnit, t.ColRequired, t.ColRealised, t.ColPlanned, t.ColGap, t.ColProjected, t.ColProgress })
            b.Append("<th scope=\"col\">").Append(E(h)).Append("</th>");
        b.Append("</tr></thead><tbody>");
        foreach (var r in rows)
        {
            b.Append("<tr><td>").Append(E(r.Key)).Append("</td><th scope=\"row\">").Append(E(t.Code == "en" ? r.Name : r.NameNl)).Append("</th><td>")
                .Append(E(r.Unit)).Append("</td>");
            foreach (var v in new double?[] { r.Required, r.Realised, r.Planned, r.Gap, r.Projected2030 })
                b.Append("<td class=\"num\">").Append(E(t.Number(v))).Append("</td>");
            b.Append("<td>").Append(Bar(r)).Append("</td></tr>");
        }
        b.Append("</tbody></table>");
    }

    /// <summary>A bar of realised (dark) and planned (light) as a share of required, capped at 100 %. Decorative: the
    /// numbers are in the same row, so it is hidden from screen readers.</summary>
    public static string Bar(TargetRow r)
    {
        if (r.Required is not > 0 || r.Unit.StartsWith("percent", StringComparison.Ordinal)) return "";
        var realised = Math.Min(100, 100 * r.Realised / r.Required.Value);
        var planned = Math.Min(100 - realised, 100 * r.Planned / r.Required.Value);
        return FormattableString.Invariant(
            $"<span class=\"bar\" aria-hidden=\"true\"><span class=\"realised\" style=\"width:{realised:0.#}%\"></span><span class=\"planned\" style=\"width:{planned:0.#}%\"></span></span>");
    }

    /// <summary>The yearly content report section (also shown on the report page).</summary>
    public static void YearHtml(StringBuilder b, YearReport year, ReportTexts t)
    {
        foreach (var w in year.Werven)
        {
            b.Append("<h3>").Append(E(t.Werf(w.Werf))).Append("</h3>");
            if (w.Targets.Count > 0)
            {
                b.Append("<table class=\"data\"><thead><tr>");
                foreach (var h in new[] { t.ColKey, t.ColTarget, t.ColUnit, t.ColRequired, string.Format(CultureInfo.InvariantCulture, t.ColRealisedIn, year.Year), t.ColCumulative, t.ColPlanned })
                    b.Append("<th scope=\"col\">").Append(E(h)).Append("</th>");
                b.Append("</tr></thead><tbody>");
                foreach (var l in w.Targets)
                {
                    b.Append("<tr><td>").Append(E(l.Key)).Append("</td><th scope=\"row\">").Append(E(t.Code == "en" ? l.NameEn : l.NameNl)).Append("</th><td>").Append(E(l.Unit)).Append("</td>");
                    foreach (var v in new double?[] { l.Required, l.RealisedThisYear, l.Cumulative, l.Planned })
                        b.Append("<td class=\"num\">").Append(E(t.Number(v))).Append("</td>");
                    b.Append("</tr>");
                }
                b.Append("</tbody></table>");
            }
            b.Append("<p>").Append(E(w.RealisedThisYear.Count == 0
                ? string.Format(CultureInfo.InvariantCulture, t.NothingRealised, year.Year)
                : string.Format(CultureInfo.InvariantCulture, t.Realised, year.Year, string.Join("; ", w.RealisedThisYear))));
            if (w.UnderWay.Count > 0) b.Append(' ').Append(E(string.Format(CultureInfo.InvariantCulture, t.UnderWay, string.Join("; ", w.UnderWay))));
            b.Append("</p>");
        }
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private const string Css = """
        @page { size: A4; margin: 16mm 14mm; }
        body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9.5pt; color: #222; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        h1 { font-size: 17pt; margin: 0 0 4pt; } h2 { font-size: 13pt; margin: 14pt 0 4pt; break-after: avoid; } h3 { font-size: 11pt; margin: 10pt 0 3pt; }
        table { border-collapse: collapse; width: 100%; margin: 4pt 0; } th, td { border-bottom: 1px solid #ccc; padding: 2pt 4pt; text-align: left; vertical-align: top; }
        thead th { background: #eef2f6; } tr { break-inside: avoid; } .num { text-align: right; white-space: nowrap; }
        .bar { display: inline-flex; width: 90px; height: 10px; background: #e6e6e6; } .bar .realised { background: #1f4e79; } .bar .planned { background: #9ecae1; }
        .note { color: #555; font-size: 8pt; margin-top: 12pt; }
        """;
}

/// <summary>The words of the council report, once per language (the report is written in the Data layer so the PDF, the
/// CLI and the page share one text).</summary>
public sealed record ReportTexts
{
    public required string Code { get; init; }
    public required string Title { get; init; }
    public required string Figures { get; init; }
    public required string MonitorHeading { get; init; }
    public required string YearHeading { get; init; }
    public required string MeasuresHeading { get; init; }
    public required string ColKey { get; init; }
    public required string ColTarget { get; init; }
    public required string ColUnit { get; init; }
    public required string ColRequired { get; init; }
    public required string ColRealised { get; init; }
    public required string ColPlanned { get; init; }
    public required string ColGap { get; init; }
    public required string ColProjected { get; init; }
    public required string ColProgress { get; init; }
    public required string ColRealisedIn { get; init; }
    public required string ColCumulative { get; init; }
    public required string ColWerf { get; init; }
    public required string ColTitle { get; init; }
    public required string ColQuantity { get; init; }
    public required string ColStatus { get; init; }
    public required string ColDistrict { get; init; }
    public required string ColStreet { get; init; }
    public required string ColEnd { get; init; }
    public required string ColCost { get; init; }
    public required string ColBudget { get; init; }
    public required string NothingRealised { get; init; }
    public required string Realised { get; init; }
    public required string UnderWay { get; init; }
    public required string SourcesNote { get; init; }
    public required IReadOnlyDictionary<string, string> Werven { get; init; }
    public required IReadOnlyDictionary<string, string> Statuses { get; init; }

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Code == "en" ? "en-GB" : "nl-BE");
    public string Werf(string slug) => Werven.TryGetValue(slug, out var w) ? w : slug;
    public string Status(string slug) => Statuses.TryGetValue(slug, out var s) ? s : slug;
    /// <summary>Whole thousands separated, at most two decimals; "–" for unknown.</summary>
    public string Number(double? v) => v is { } x ? x.ToString("#,##0.##", Culture) : "–";

    public static readonly ReportTexts Nl = new()
    {
        Code = "nl",
        Title = "Lokaal Energie- en Klimaatpact: voortgang van {0}",
        Figures = "NIS-code {0} · pact {1} · {2} inwoners · {3} wooneenheden (peildatum {4})",
        MonitorHeading = "Voortgang per doelstelling",
        YearHeading = "Inhoudelijke rapportering {0}",
        MeasuresHeading = "Maatregelen",
        ColKey = "Sleutel",
        ColTarget = "Doelstelling",
        ColUnit = "Eenheid",
        ColRequired = "Vereist",
        ColRealised = "Gerealiseerd",
        ColPlanned = "Gepland",
        ColGap = "Tekort",
        ColProjected = "Verwacht 2030",
        ColProgress = "Voortgang",
        ColRealisedIn = "Gerealiseerd in {0}",
        ColCumulative = "Cumulatief",
        ColWerf = "Werf",
        ColTitle = "Maatregel",
        ColQuantity = "Hoeveelheid",
        ColStatus = "Status",
        ColDistrict = "Wijk",
        ColStreet = "Straat",
        ColEnd = "Einde",
        ColCost = "Kost (€)",
        ColBudget = "Budgetcode",
        NothingRealised = "In {0} werd niets gerealiseerd.",
        Realised = "Gerealiseerd in {0}: {1}.",
        UnderWay = "In uitvoering: {0}.",
        SourcesNote = "Doelstellingen volgens de LEKP-teksten (ABB) zoals samengevat in de parametertabel van Wijkwerf; gerealiseerd en gepland zijn de som van de maatregelen per status. Gemaakt met Wijkwerf.",
        Werven = new Dictionary<string, string> { ["renovatie"] = "Renovatie", ["energie"] = "Energie", ["groen"] = "Groen en ontharding", ["water"] = "Water", ["mobiliteit"] = "Mobiliteit", ["algemeen"] = "Algemene voorwaarden" },
        Statuses = new Dictionary<string, string> { ["idea"] = "idee", ["planned"] = "gepland", ["in_progress"] = "in uitvoering", ["realised"] = "gerealiseerd" },
    };

    public static readonly ReportTexts En = new()
    {
        Code = "en",
        Title = "Local Energy and Climate Pact: progress of {0}",
        Figures = "NIS code {0} · pact {1} · {2} inhabitants · {3} housing units (reference date {4})",
        MonitorHeading = "Progress per target",
        YearHeading = "Content report {0}",
        MeasuresHeading = "Measures",
        ColKey = "Key",
        ColTarget = "Target",
        ColUnit = "Unit",
        ColRequired = "Required",
        ColRealised = "Realised",
        ColPlanned = "Planned",
        ColGap = "Gap",
        ColProjected = "Projected 2030",
        ColProgress = "Progress",
        ColRealisedIn = "Realised in {0}",
        ColCumulative = "Cumulative",
        ColWerf = "Werf",
        ColTitle = "Measure",
        ColQuantity = "Quantity",
        ColStatus = "Status",
        ColDistrict = "District",
        ColStreet = "Street",
        ColEnd = "End",
        ColCost = "Cost (€)",
        ColBudget = "Budget code",
        NothingRealised = "Nothing was realised in {0}.",
        Realised = "Realised in {0}: {1}.",
        UnderWay = "In progress: {0}.",
        SourcesNote = "Targets as in the LEKP pact texts (ABB), summarised in Wijkwerf's parameter table; realised and planned are the sums of the measures by status. Made with Wijkwerf.",
        Werven = new Dictionary<string, string> { ["renovatie"] = "Renovation", ["energie"] = "Energy", ["groen"] = "Green and unsealing", ["water"] = "Water", ["mobiliteit"] = "Mobility", ["algemeen"] = "General conditions" },
        Statuses = new Dictionary<string, string> { ["idea"] = "idea", ["planned"] = "planned", ["in_progress"] = "in progress", ["realised"] = "realised" },
    };

    public static ReportTexts For(string? code) => string.Equals(code, "en", StringComparison.OrdinalIgnoreCase) ? En : Nl;
}
