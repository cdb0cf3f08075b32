using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Reports;
using Wijkwerf.Data.Storage;
using Wijkwerf.Data.Streets;

namespace Wijkwerf.Web.Features.Streets;

/// <summary>The works, conflicts and dig-once plan of a district once, for the page, the API and the PDF/Excel exports.</summary>
public sealed class StreetWorksReport(WijkwerfDb db)
{
    public sealed record Content(string Scope, IReadOnlyList<WorkRow> Works, ConflictsResult Conflicts, PlanResult Plan,
        IReadOnlyList<(string Kind, string Label, NetTopologySuite.Geometries.Geometry Geometry)> Geometries, IReadOnlyDictionary<string, string> StreetOf);

    /// <summary>The page's time limit for the plan: the sample districts solve to optimality far below it.</summary>
    public const double PlanSeconds = 5;

    public async Task<Content> BuildAsync(string scope, CancellationToken ct)
    {
        var analysis = new StreetWorksAnalysis(db);
        var (_, works) = await analysis.WorksAsync(scope, ct);
        var rows = await analysis.RowsAsync(works, ct);
        var conflicts = await analysis.ConflictsAsync(scope, ct);
        var plan = await analysis.PlanAsync(scope, null, PlanSeconds, ct);
        var geometries = works.Select(w => (w.Kind, $"{w.Reference} {w.Title} ({w.Start:yyyy-MM-dd} – {w.End:yyyy-MM-dd})", w.Geometry)).ToArray();
        var streetOf = works.ToDictionary(w => w.Reference, w => w.StreetName ?? "–");
        return new Content(scope, rows, conflicts, plan, geometries, streetOf);
    }

    public static byte[] Xlsx(Content c) => XlsxWriter.Write(
        new XlsxSheet("works", ["reference", "title", "owner", "kind", "surface", "status", "start", "end", "earliest_start", "latest_start", "planned_start", "category", "register_by", "excavated_m2", "cost_eur", "segments"],
            c.Works.Select(w => (IReadOnlyList<object?>)[w.Reference, w.Title, w.Owner, w.Kind, w.Surface, w.Status, w.Start.ToString("yyyy-MM-dd"), w.End.ToString("yyyy-MM-dd"),
                w.EarliestStart.ToString("yyyy-MM-dd"), w.LatestStart.ToString("yyyy-MM-dd"),
                c.Plan.PlannedStart.TryGetValue(w.Reference, out var p) ? p.ToString("yyyy-MM-dd") : null, w.GroundworkCategory, w.RegisterBy.ToString("yyyy-MM-dd"),
                w.ExcavatedM2, w.CostEur, string.Join(" ", w.Segments)])),
        new XlsxSheet("conflicts", ["severity", "rule", "work", "other", "days", "message"],
            c.Conflicts.Conflicts.Select(x => (IReadOnlyList<object?>)[x.Severity, x.Rule, x.Work, x.Other, x.Days, x.Message])),
        new XlsxSheet("plan", ["figure", "before", "after"],
        [
            ["openings", c.Plan.Before.Openings, c.Plan.After.Openings],
            ["reopened_m2", c.Plan.Before.ReopenedM2, c.Plan.After.ReopenedM2],
            ["nuisance_days", c.Plan.Before.NuisanceDays, c.Plan.After.NuisanceDays],
            ["saving_eur", null, c.Plan.SavingEur],
            ["status", c.Plan.Status, c.Plan.GapPercent],
        ]),
        new XlsxSheet("moves", ["work", "from", "to", "shift_days", "reason", "with", "message"],
            c.Plan.Moves.Select(m => (IReadOnlyList<object?>)[m.Work, m.From.ToString("yyyy-MM-dd"), m.To.ToString("yyyy-MM-dd"), m.ShiftDays, m.Reason, m.With, m.Message])
                .Concat(c.Plan.Holds.Select(h => (IReadOnlyList<object?>)[h.Work, null, null, 0, h.Reason, h.With, h.Message]))));

    public static string Html(Content c, string title, StreetsTexts t)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        var sb = new StringBuilder();
        sb.Append($"<!doctype html><html><head><meta charset=\"utf-8\"><title>{E(title)}</title><style>body{{font-family:sans-serif;font-size:11px}}table{{border-collapse:collapse}}td,th{{border:1px solid #999;padding:2px 4px;text-align:left}}</style></head><body>");
        sb.Append($"<h1>{E(title)}</h1><h2>{E(t.PlanHeading)}</h2><table><tr><th></th><th>{E(t.Before)}</th><th>{E(t.After)}</th></tr>");
        sb.Append($"<tr><td>{E(t.Openings)}</td><td>{c.Plan.Before.Openings}</td><td>{c.Plan.After.Openings}</td></tr>");
        sb.Append($"<tr><td>{E(t.ReopenedM2)}</td><td>{c.Plan.Before.ReopenedM2:N0}</td><td>{c.Plan.After.ReopenedM2:N0}</td></tr>");
        sb.Append($"<tr><td>{E(t.NuisanceDays)}</td><td>{c.Plan.Before.NuisanceDays:N0}</td><td>{c.Plan.After.NuisanceDays:N0}</td></tr>");
        sb.Append($"<tr><td>{E(t.SavingEur)}</td><td></td><td>{c.Plan.SavingEur:N0}</td></tr></table><p>{E(t.PlanStatus)}: {E(c.Plan.Status)}</p>");
        sb.Append($"<h2>{E(t.Moves)}</h2><ul>");
        foreach (var m in c.Plan.Moves) sb.Append($"<li>{E(m.Message)}</li>");
        foreach (var h in c.Plan.Holds) sb.Append($"<li>{E(h.Message)}</li>");
        sb.Append($"</ul><h2>{E(t.ConflictsHeading)}</h2><ul>");
        foreach (var x in c.Conflicts.Conflicts) sb.Append($"<li>{E(x.Severity)} {E(x.Rule)}: {E(x.Message)}</li>");
        sb.Append($"</ul><h2>{E(t.WorksHeading)}</h2><table><tr><th>{E(t.ColReference)}</th><th>{E(t.ColTitle)}</th><th>{E(t.ColKind)}</th><th>{E(t.ColOwner)}</th><th>{E(t.ColStart)}</th><th>{E(t.ColEnd)}</th><th>{E(t.ColCategory)}</th><th>{E(t.ColRegisterBy)}</th></tr>");
        foreach (var w in c.Works)
            sb.Append($"<tr><td>{E(w.Reference)}</td><td>{E(w.Title)}</td><td>{E(t.Kind(w.Kind))}</td><td>{E(w.Owner)}</td><td>{w.Start:yyyy-MM-dd}</td><td>{w.End:yyyy-MM-dd}</td><td>{E(w.GroundworkCategory)}</td><td>{w.RegisterBy:yyyy-MM-dd}</td></tr>");
        sb.Append("</table></body></html>");
        return sb.ToString();
    }

    public async Task<bool> ExistsAsync(string code, CancellationToken ct) => await db.Districts.AnyAsync(d => d.Code == code, ct);
}
