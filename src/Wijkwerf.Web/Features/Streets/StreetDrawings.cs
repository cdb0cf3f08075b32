using System.Globalization;
using System.Net;
using System.Text;
using NetTopologySuite.Geometries;
using Wijkwerf.Data.Streets;
using Wijkwerf.Engine.Streets;
using Wijkwerf.Engine.Streets.Profile;

namespace Wijkwerf.Web.Features.Streets;

/// <summary>The page's drawings as inline SVG: the works map, the Gantt per street and the cross-section. Each has a
/// title and description; the tables next to them carry the same data for screen readers and keyboards.</summary>
public static class StreetDrawings
{
    private static readonly IReadOnlyDictionary<string, string> KindColours = new Dictionary<string, string>
    {
        ["sewer"] = "#6b3e1e", ["heat"] = "#c0392b", ["cables"] = "#7d3c98", ["charging"] = "#1f618d",
        ["trees"] = "#1e8449", ["unsealing"] = "#117a65", ["road"] = "#424949",
    };

    public static string Colour(string kind) => KindColours.GetValueOrDefault(kind, "#000000");

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
    private static string E(string s) => WebUtility.HtmlEncode(s);

    /// <summary>Street segments (grey) with the works on them (coloured), equirectangular, north up.</summary>
    public static string Map(IReadOnlyList<Geometry> streets, IReadOnlyList<(string Kind, string Label, Geometry Geometry)> works, string title, string description)
    {
        var all = streets.Concat(works.Select(w => w.Geometry)).ToList();
        if (all.Count == 0) return "";
        var env = new Envelope();
        foreach (var g in all) env.ExpandToInclude(g.EnvelopeInternal);
        var k = Math.Cos(env.Centre.Y * Math.PI / 180);
        double w = 800, h = Math.Max(200, Math.Min(600, 800 * env.Height / Math.Max(1e-9, env.Width * k)));
        var scale = Math.Min((w - 20) / Math.Max(1e-9, env.Width * k), (h - 20) / Math.Max(1e-9, env.Height));
        string Pt(Coordinate c) => $"{F(10 + (c.X - env.MinX) * k * scale)},{F(10 + (env.MaxY - c.Y) * scale)}";
        var sb = new StringBuilder();
        sb.Append($"<svg class=\"streets-map\" viewBox=\"0 0 {F(w)} {F(h)}\" role=\"img\" aria-labelledby=\"map-title map-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append($"<title id=\"map-title\">{E(title)}</title><desc id=\"map-desc\">{E(description)}</desc>");
        sb.Append("<rect width=\"100%\" height=\"100%\" fill=\"#f7f7f2\"/>");
        foreach (var g in streets) Lines(sb, g, "#9a9a9a", 1.5, null);
        foreach (var (kind, label, g) in works) Lines(sb, g, Colour(kind), 5, label);
        sb.Append("</svg>");
        return sb.ToString();

        void Lines(StringBuilder s, Geometry g, string colour, double width, string? label)
        {
            for (var i = 0; i < g.NumGeometries; i++)
            {
                var part = g.GetGeometryN(i);
                if (part is Point p)
                {
                    s.Append($"<circle cx=\"{Pt(p.Coordinate).Split(',')[0]}\" cy=\"{Pt(p.Coordinate).Split(',')[1]}\" r=\"7\" fill=\"{colour}\" fill-opacity=\"0.8\">");
                    if (label is not null) s.Append($"<title>{E(label)}</title>");
                    s.Append("</circle>");
                    continue;
                }
                s.Append($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"{F(width)}\" stroke-linecap=\"round\" points=\"{string.Join(' ', part.Coordinates.Select(Pt))}\">");
                if (label is not null) s.Append($"<title>{E(label)}</title>");
                s.Append("</polyline>");
            }
        }
    }

    /// <summary>The district's segments to pick by clicking (an enhancement of the segment list, so hidden from assistive
    /// technology): each polyline carries its segment id.</summary>
    public static string PickMap(IReadOnlyList<(string Id, string Label, Geometry Line)> segments)
    {
        if (segments.Count == 0) return "";
        var (pt, w, h) = Frame(segments.Select(s => s.Line));
        var sb = new StringBuilder();
        sb.Append($"<svg class=\"pick-map\" viewBox=\"0 0 {F(w)} {F(h)}\" aria-hidden=\"true\" focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append("<rect width=\"100%\" height=\"100%\" fill=\"#f7f7f2\"/>");
        foreach (var (id, label, line) in segments)
            for (var i = 0; i < line.NumGeometries; i++)
                sb.Append($"<polyline data-segment=\"{E(id)}\" fill=\"none\" stroke-width=\"5\" stroke-linecap=\"round\" points=\"{string.Join(' ', line.GetGeometryN(i).Coordinates.Select(pt))}\"><title>{E(label)}</title></polyline>");
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>Parking and mobility: streets (grey), count positions coloured by night pressure (red ≥ full, amber ≥ 70 %,
    /// green below), car parks as squares, hub candidates as diamonds with their rank.</summary>
    public static string MobilityMap(IReadOnlyList<Geometry> streets, IReadOnlyList<(double Lon, double Lat, double Pressure, bool Full, string Label)> counts,
        IReadOnlyList<(double Lon, double Lat, string Label)> carParks, IReadOnlyList<(double Lon, double Lat, int Rank, string Label)> hubs, string title, string description)
    {
        var points = counts.Select(c => new Point(c.Lon, c.Lat)).Concat(carParks.Select(c => new Point(c.Lon, c.Lat))).Concat(hubs.Select(c => new Point(c.Lon, c.Lat)));
        var all = streets.Concat(points).ToList();
        if (all.Count == 0) return "";
        var (pt, w, h) = Frame(all);
        (string X, string Y) Xy(double lon, double lat) { var p = pt(new Coordinate(lon, lat)).Split(','); return (p[0], p[1]); }
        var sb = new StringBuilder();
        sb.Append($"<svg class=\"streets-map\" viewBox=\"0 0 {F(w)} {F(h)}\" role=\"img\" aria-labelledby=\"mobility-map-title mobility-map-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append($"<title id=\"mobility-map-title\">{E(title)}</title><desc id=\"mobility-map-desc\">{E(description)}</desc>");
        sb.Append("<rect width=\"100%\" height=\"100%\" fill=\"#f7f7f2\"/>");
        foreach (var g in streets)
            for (var i = 0; i < g.NumGeometries; i++)
                sb.Append($"<polyline fill=\"none\" stroke=\"#9a9a9a\" stroke-width=\"1.5\" points=\"{string.Join(' ', g.GetGeometryN(i).Coordinates.Select(pt))}\"/>");
        foreach (var c in counts)
        {
            var (x, y) = Xy(c.Lon, c.Lat);
            var colour = c.Full ? "#b3261e" : c.Pressure >= 0.7 ? "#a05a00" : "#1e7b34";
            sb.Append($"<circle cx=\"{x}\" cy=\"{y}\" r=\"7\" fill=\"{colour}\" stroke=\"#000\" stroke-width=\"0.5\"><title>{E(c.Label)}</title></circle>");
        }
        foreach (var c in carParks)
        {
            var (x, y) = Xy(c.Lon, c.Lat);
            sb.Append($"<rect x=\"{F(double.Parse(x, CultureInfo.InvariantCulture) - 7)}\" y=\"{F(double.Parse(y, CultureInfo.InvariantCulture) - 7)}\" width=\"14\" height=\"14\" fill=\"#1f4e79\"><title>{E(c.Label)}</title></rect>");
        }
        foreach (var c in hubs)
        {
            var (x, y) = Xy(c.Lon, c.Lat);
            double cx = double.Parse(x, CultureInfo.InvariantCulture), cy = double.Parse(y, CultureInfo.InvariantCulture);
            sb.Append($"<g><title>{E(c.Label)}</title><polygon points=\"{F(cx)},{F(cy - 10)} {F(cx + 10)},{F(cy)} {F(cx)},{F(cy + 10)} {F(cx - 10)},{F(cy)}\" fill=\"#6a1b9a\"/>");
            sb.Append($"<text x=\"{F(cx)}\" y=\"{F(cy + 4)}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#ffffff\" font-weight=\"700\">{c.Rank}</text></g>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>An equirectangular frame around the geometries: the projection to SVG coordinates and the size.</summary>
    private static (Func<Coordinate, string> Pt, double W, double H) Frame(IEnumerable<Geometry> geometries)
    {
        var env = new Envelope();
        foreach (var g in geometries) env.ExpandToInclude(g.EnvelopeInternal);
        var k = Math.Cos(env.Centre.Y * Math.PI / 180);
        double w = 800, h = Math.Max(200, Math.Min(600, 800 * env.Height / Math.Max(1e-9, env.Width * k)));
        var scale = Math.Min((w - 20) / Math.Max(1e-9, env.Width * k), (h - 20) / Math.Max(1e-9, env.Height));
        return (c => $"{F(10 + (c.X - env.MinX) * k * scale)},{F(10 + (env.MaxY - c.Y) * scale)}", w, h);
    }

    /// <summary>One row per work, grouped by street, years on the axis: the original window and the planned one.</summary>
    public static string Gantt(IReadOnlyList<(string Street, WorkRow Work, DateOnly PlannedStart)> rows, StreetsTexts t)
    {
        if (rows.Count == 0) return "";
        var first = rows.Min(r => Min(r.Work.Start, r.PlannedStart));
        var last = rows.Max(r => Max(r.Work.End, r.PlannedStart.AddDays(r.Work.End.DayNumber - r.Work.Start.DayNumber)));
        var from = new DateOnly(first.Year, 1, 1);
        var to = new DateOnly(last.Year + 1, 1, 1);
        const double left = 330, width = 600, rowH = 22;
        var dayW = width / (to.DayNumber - from.DayNumber);
        var height = 30 + rows.Count * rowH + rows.Select(r => r.Street).Distinct().Count() * rowH;
        var sb = new StringBuilder();
        sb.Append($"<svg class=\"gantt\" viewBox=\"0 0 {F(left + width + 10)} {F(height)}\" role=\"img\" aria-labelledby=\"gantt-title gantt-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append($"<title id=\"gantt-title\">{E(t.GanttHeading)}</title><desc id=\"gantt-desc\">{E(t.GanttDescription)}</desc>");
        for (var y = from.Year; y <= to.Year; y++)
        {
            var x = left + (new DateOnly(y, 1, 1).DayNumber - from.DayNumber) * dayW;
            sb.Append($"<line x1=\"{F(x)}\" y1=\"18\" x2=\"{F(x)}\" y2=\"{F(height)}\" stroke=\"#cccccc\"/>");
            if (y < to.Year) sb.Append($"<text x=\"{F(x + 4)}\" y=\"14\" font-size=\"12\" fill=\"#222\">{y}</text>");
        }
        var top = 26.0;
        foreach (var group in rows.GroupBy(r => r.Street))
        {
            sb.Append($"<text x=\"4\" y=\"{F(top + 15)}\" font-size=\"13\" font-weight=\"bold\" fill=\"#111\">{E(group.Key)}</text>");
            top += rowH;
            foreach (var (_, w, planned) in group)
            {
                var duration = w.End.DayNumber - w.Start.DayNumber + 1;
                double X(DateOnly d) => left + (d.DayNumber - from.DayNumber) * dayW;
                sb.Append($"<text x=\"14\" y=\"{F(top + 15)}\" font-size=\"12\" fill=\"#222\">{E(w.Reference)} · {E(t.Kind(w.Kind))}</text>");
                sb.Append($"<rect x=\"{F(X(w.Start))}\" y=\"{F(top + 3)}\" width=\"{F(Math.Max(2, duration * dayW))}\" height=\"7\" fill=\"{Colour(w.Kind)}\" fill-opacity=\"0.35\"><title>{E($"{w.Reference} {t.Original}: {w.Start:yyyy-MM-dd} – {w.End:yyyy-MM-dd}")}</title></rect>");
                sb.Append($"<rect x=\"{F(X(planned))}\" y=\"{F(top + 11)}\" width=\"{F(Math.Max(2, duration * dayW))}\" height=\"8\" fill=\"{Colour(w.Kind)}\"><title>{E($"{w.Reference} {t.Planned}: {planned:yyyy-MM-dd} – {planned.AddDays(duration - 1):yyyy-MM-dd}")}</title></rect>");
                top += rowH;
            }
        }
        sb.Append("</svg>");
        return sb.ToString();

        static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
        static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    }

    /// <summary>The cross-section: strips on top (façade to façade), the network zones below at their cover depth.</summary>
    public static string Profile(IReadOnlyList<Strip> strips, IReadOnlyList<PlacedZone> zones, string title, StreetRules rules)
    {
        var total = strips.Sum(s => s.WidthM);
        const double w = 900, scaleY = 80;
        var scale = (w - 20) / total;
        var sb = new StringBuilder();
        sb.Append($"<svg class=\"profile\" viewBox=\"0 0 {F(w)} 260\" role=\"img\" aria-labelledby=\"profile-title\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append($"<title id=\"profile-title\">{E(title)}</title>");
        var x = 10.0;
        foreach (var s in strips)
        {
            var fill = s.Kind switch { StripKind.Green => "#a9dfbf", StripKind.Carriageway => "#aab7b8", StripKind.Parking => "#d5d8dc", StripKind.Cycleway => "#f5b7b1", _ => "#f2e6d0" };
            sb.Append($"<rect x=\"{F(x)}\" y=\"10\" width=\"{F(s.WidthM * scale)}\" height=\"30\" fill=\"{fill}\" stroke=\"#333\"/>");
            sb.Append($"<text x=\"{F(x + 4)}\" y=\"30\" font-size=\"12\" fill=\"#111\">{E(s.Kind.Slug())} {F(s.WidthM)} m</text>");
            x += s.WidthM * scale;
        }
        sb.Append($"<rect x=\"10\" y=\"40\" width=\"{F(total * scale)}\" height=\"210\" fill=\"#efe3cf\"/>");
        foreach (var z in zones)
        {
            var colour = z.Network switch { "heat" => "#c0392b", "trees" => "#1e8449", "sewer_foul" => "#6b3e1e", "sewer_rain" => "#2e86c1", _ => "#7d3c98" };
            var y = 40 + z.CoverM * scaleY;
            var label = rules.Networks.TryGetValue(z.Network, out var r) ? r.LabelEn : z.Network;
            var height = z.Network == "trees" ? rules["tree_root_depth_m"] * scaleY : 22;
            if (z.Network == "trees") y = 40;
            sb.Append($"<rect x=\"{F(10 + z.FromM * scale)}\" y=\"{F(y)}\" width=\"{F((z.ToM - z.FromM) * scale)}\" height=\"{F(height)}\" fill=\"{colour}\" fill-opacity=\"0.75\"><title>{E($"{label}: {z.FromM:0.00}–{z.ToM:0.00} m, cover {z.CoverM:0.0} m")}</title></rect>");
            sb.Append($"<text x=\"{F(10 + z.FromM * scale)}\" y=\"{F(y + height + 12)}\" font-size=\"10\" fill=\"#111\">{E(z.Network)}</text>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }
}
