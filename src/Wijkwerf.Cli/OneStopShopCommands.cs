using System.CommandLine;
using Spectre.Console;
using Wijkwerf.Data.OneStopShop;

namespace Wijkwerf.Cli;

/// <summary>reach: the one-stop shop's reach of a district on the command line (aggregates only, suppressed below the
/// small-number threshold: no personal data leaves through the CLI).</summary>
public static class OneStopShopCommands
{
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
}
