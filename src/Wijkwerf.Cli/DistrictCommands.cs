using System.CommandLine;
using Spectre.Console;
using Wijkwerf.Data.Districts;
using Wijkwerf.Data.Import;

namespace Wijkwerf.Cli;

/// <summary>import, municipalities, districts, district.</summary>
public static class DistrictCommands
{
    public static Command Import(CliIo io)
    {
        var files = new Argument<string[]>("files") { Description = "Files to import; the kind is detected from the content", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "Import source files (BAG/CBS/Statbel GeoPackage, OpenStreetMap PBF/XML, Fluvius CSV, GeoJSON, CSV)");
        command.Arguments.Add(files);
        command.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var service = new ImportService(db);
            var outcomes = new List<ImportOutcome>();
            foreach (var file in parse.GetValue(files)!)
            {
                var outcome = await WithProgressAsync(io, file, progress => service.ImportAsync(file, progress, token));
                outcomes.Add(outcome);
                io.Error.WriteLine($"{outcome.File}: {outcome.Kind}, {outcome.Features} features{(outcome.Replaced ? ", replaced the earlier import" : "")} in {outcome.Duration.TotalSeconds:0.0} s");
            }
            if (json) io.WriteJson(new { imports = outcomes.Select(o => new { file = o.File, kind = o.Kind, features = o.Features, replaced = o.Replaced, seconds = Math.Round(o.Duration.TotalSeconds, 3) }) });
            return CliApp.Ok;
        }, ct));
        return command;
    }

    private static async Task<T> WithProgressAsync<T>(CliIo io, string file, Func<IProgress<ImportProgress>, Task<T>> work)
    {
        if (!io.Interactive)
        {
            var last = "";
            return await work(new Progress<ImportProgress>(p =>
            {
                if (p.Phase == last) return;
                last = p.Phase;
                io.Error.WriteLine($"{p.File}: {p.Phase}");
            }));
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(io.Error) });
        T result = default!;
        await console.Progress().AutoClear(true).StartAsync(async ctx =>
        {
            var task = ctx.AddTask(Markup.Escape(Path.GetFileName(file)));
            task.IsIndeterminate = true;
            result = await work(new SyncProgress(p =>
            {
                task.Description = Markup.Escape($"{p.File}: {p.Phase}");
                if (p.Total is > 0)
                {
                    task.IsIndeterminate = false;
                    task.MaxValue = p.Total.Value;
                    task.Value = Math.Min(p.Done, p.Total.Value);
                }
            }));
            task.StopTask();
        });
        return result;
    }

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    public static Command Seed(CliIo io)
    {
        var data = new Option<string?>("--data") { Description = "The shared data folder (default: WIJKWERF_SEED_DATA or the first shared/data above this folder)" };
        var command = new Command("seed", "Import the pilot districts (what the web app does on first run), when the database has no district yet");
        command.Options.Add(data);
        command.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var folder = parse.GetValue(data) ?? Wijkwerf.Data.Seeding.PilotSeed.FindDataFolder()
                         ?? throw new CliInputException("no shared/data folder found; pass --data <folder>");
            if (!Directory.Exists(folder)) throw new CliInputException($"data folder '{folder}' does not exist");
            var outcomes = await Wijkwerf.Data.Seeding.PilotSeed.EnsureSeededAsync(db, folder,
                new Progress<ImportProgress>(p => { }), token);
            foreach (var o in outcomes) io.Error.WriteLine($"{o.File}: {o.Kind}, {o.Features} features in {o.Duration.TotalSeconds:0.0} s");
            if (outcomes.Count == 0) io.Error.WriteLine("the database already holds districts: nothing imported");
            if (json) io.WriteJson(new { imports = outcomes.Select(o => new { file = o.File, kind = o.Kind, features = o.Features, seconds = Math.Round(o.Duration.TotalSeconds, 3) }) });
            return CliApp.Ok;
        }, ct));
        return command;
    }

    public static Command Municipalities(CliIo io)
    {
        var command = new Command("municipalities", "List municipalities that have districts: code, name, country, districts, buildings, inhabitants");
        command.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var rows = await new DistrictQueries(db).MunicipalitiesAsync(token);
            if (json) io.WriteJson(new { municipalities = rows });
            else Table(io, ["code", "name", "country", "districts", "buildings", "inhabitants"],
                rows.Select(r => new object?[] { r.Code, r.Name, r.Country, r.Districts, r.Buildings, r.Inhabitants }));
            return CliApp.Ok;
        }, ct));
        return command;
    }

    public static Command Districts(CliIo io)
    {
        var municipality = new Option<string?>("--municipality") { Description = "Only the districts of this municipality (code, e.g. GM1916 or 13019)" };
        var command = new Command("districts", "List districts: code, name, municipality, buildings, dwellings, inhabitants");
        command.Options.Add(municipality);
        command.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var rows = await new DistrictQueries(db).DistrictsAsync(parse.GetValue(municipality), token);
            if (json) io.WriteJson(new { districts = rows });
            else Table(io, ["code", "name", "municipality", "buildings", "dwellings", "inhabitants"],
                rows.Select(r => new object?[] { r.Code, r.Name, r.MunicipalityName, r.Buildings, r.Dwellings, r.Inhabitants }));
            return CliApp.Ok;
        }, ct));
        return command;
    }

    public static Command District(CliIo io)
    {
        var code = new Argument<string>("code") { Description = "District code, e.g. BU19160201 or 13019W04" };
        var command = new Command("district", "A district's figures with its dwelling-type and build-year distributions");
        command.Arguments.Add(code);
        command.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var c = parse.GetValue(code)!;
            var d = await new DistrictQueries(db).DistrictAsync(c, token)
                    ?? throw new CliInputException($"no district with code '{c}' (list them with: wijkwerf districts)");
            if (json)
            {
                io.WriteJson(d);
                return CliApp.Ok;
            }
            io.Out.WriteLine($"{d.Code} {d.Name} ({d.MunicipalityName}, {d.Country})");
            Table(io, ["figure", "value"], new object?[][]
            {
                ["area (ha)", d.AreaHa], ["inhabitants", d.Inhabitants], ["households", d.Households], ["buildings", d.Buildings],
                ["residential buildings", d.ResidentialBuildings], ["dwellings", d.Dwellings], ["units", d.Units],
                ["floor area (m²)", d.FloorAreaM2], ["street length (m)", d.StreetLengthM], ["mean connection length (m)", d.MeanConnectionLengthM],
            });
            Table(io, ["dwelling type", "buildings", "dwellings"], d.DwellingTypes.Select(r => new object?[] { r.Key, r.Buildings, r.Dwellings }));
            Table(io, ["build year", "buildings", "dwellings"], d.BuildYearClasses.Select(r => new object?[] { r.Key, r.Buildings, r.Dwellings }));
            return CliApp.Ok;
        }, ct));
        return command;
    }

    private static void Table(CliIo io, string[] headers, IEnumerable<object?[]> rows)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var h in headers) table.AddColumn(h);
        foreach (var r in rows) table.AddRow(r.Select(v => Markup.Escape(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "")).ToArray());
        io.Console.Write(table);
    }
}
