using System.CommandLine;
using Spectre.Console;
using Wijkwerf.Data.OneStopShop;
using Wijkwerf.Engine.OneStopShop;

namespace Wijkwerf.Cli;

/// <summary>reach and pool match: the one-stop shop's reach of a district on the command line (aggregates only, suppressed below the
/// small-number threshold: no personal data leaves through the CLI).</summary>
public static class OneStopShopCommands
{
    /// <summary>The CLI speaks English, as its other output does.</summary>
    private static readonly OneStopShopReasonTexts Words = OneStopShopReasonTexts.En;

    public static Command Reach(CliIo io)
    {
        var code = new Argument<string>("district-code") { Description = "District code, e.g. BU19161300" };
        var command = new Command("reach", "Reach of the one-stop shop in a district: addresses, reached, share per segment, per stage and per street");
        command.Arguments.Add(code);
        command.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var c = parse.GetValue(code)!;
            var queries = new ReachQueries(db);
            var municipality = await queries.MunicipalityOfDistrictAsync(c, token)
                               ?? throw new CliInputException($"no district with code '{c}' in a municipality (list them with: wijkwerf districts)");
            var report = await queries.ReachAsync(municipality, c, token);
            if (json)
            {
                io.WriteJson(report);
                return CliApp.Ok;
            }
            string N(int? v) => v?.ToString() ?? "<" + report.SuppressionThreshold;
            io.Out.WriteLine($"{c}: {report.Addresses} addresses, {N(report.Reached)} reached ({(report.Share is { } s ? s.ToString("P1") : "-")})");
            foreach (var (segment, rows) in report.Segments.Append(new("stage", report.Funnel.Select(f => new ReachRow(f.Stage.ToString(), f.Stage.ToString(), null, f.Households, null)).ToList())))
            {
                var table = new Table().Border(TableBorder.Simple).Title(segment);
                foreach (var h in new[] { "key", "addresses", "reached", "share" }) table.AddColumn(h);
                foreach (var r in rows)
                    table.AddRow(new[] { r.Label, r.Addresses is null && segment == "stage" ? "" : N(r.Addresses), N(r.Reached), r.Share?.ToString("P1") ?? "-" }.Select(Markup.Escape).ToArray());
                io.Console.Write(table);
            }
            return CliApp.Ok;
        }, ct));
        return command;
    }

    /// <summary><c>pool match &lt;journey-id|project:id&gt; --qualifications a,b [--kind Contractor]</c>: the pool members that
    /// fit a household journey (a plain id, or <c>journey:12</c>) or a collective project (<c>project:3</c>), ranked, and
    /// those left out with why. The municipality is the household's or project's own.</summary>
    public static Command Pool(CliIo io)
    {
        var target = new Argument<string>("target") { Description = "A household journey id (12 or journey:12) or a collective project (project:3)" };
        var qualifications = new Option<string>("--qualifications") { Description = "Needed qualifications, comma-separated (roof-insulation, wall-insulation, floor-insulation, glazing, heat-pump, pv, ventilation, asbestos-removal, energy-advice)", DefaultValueFactory = _ => "" };
        var kind = new Option<Domain.OneStopShop.PoolMemberKind?>("--kind") { Description = "Only this kind: Architect, Contractor, Installer, EnergyAdvisor" };
        var match = new Command("match", "Pool members that fit a household journey or a collective project, ranked by shrunk rating and load");
        match.Arguments.Add(target);
        match.Options.Add(qualifications);
        match.Options.Add(kind);
        match.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var text = parse.GetValue(target)!.Trim();
            var (prefix, number) = text.Contains(':') ? (text[..text.IndexOf(':')].ToLowerInvariant(), text[(text.IndexOf(':') + 1)..]) : ("journey", text);
            if (!long.TryParse(number, out var id) || prefix is not ("journey" or "household" or "project"))
                throw new CliInputException($"target: '{text}' is neither a journey id (12, journey:12) nor a project (project:3)");
            var poolTarget = prefix == "project" ? PoolTarget.Project(id) : PoolTarget.Household(id);
            var pool = new Pool(db);
            var municipality = await pool.MunicipalityOfAsync(poolTarget, token) ?? throw new CliInputException($"target: no {poolTarget} (list households on the one-stop-shop page)");
            var needed = parse.GetValue(qualifications)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            PoolMatchResult result;
            try { result = await pool.MatchAsync(new Staff(municipality, "cli"), poolTarget, needed, parse.GetValue(kind), token); }
            catch (OneStopShopException e) { throw new CliInputException(e.Message); }
            if (json)
            {
                io.WriteJson(Words.Explain(result, CliApp.Json));
                return CliApp.Ok;
            }
            var table = new Table().Border(TableBorder.Simple).Title($"{poolTarget}: {string.Join(", ", result.Needed)}");
            foreach (var h in new[] { "#", "member", "kind", "rating", "jobs", "why" }) table.AddColumn(h);
            foreach (var m in result.Matches)
                table.AddRow(new[] { m.Rank.ToString(), m.Name, Words.MemberKinds[m.Kind.ToString()], m.ShrunkRating.ToString("0.00"), $"{m.ActiveJobs}/{m.CapacityJobs}", Words.Why(m, result) }.Select(Markup.Escape).ToArray());
            io.Console.Write(table);
            foreach (var x in result.Excluded) io.Out.WriteLine($"left out: {x.Name} ({Words.MemberKinds[x.Kind.ToString()]}): {string.Join("; ", x.Reasons.Select(Words.Text))}");
            return CliApp.Ok;
        }, ct));
        var command = new Command("pool", "The one-stop shop's pool of architects, contractors, installers and energy advisors");
        command.Subcommands.Add(match);
        return command;
    }
}
