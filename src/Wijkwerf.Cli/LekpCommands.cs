using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Wijkwerf.Data.Lekp;
using Wijkwerf.Engine.Lekp;

namespace Wijkwerf.Cli;

/// <summary>municipality set, targets, measures import: the LEKP monitor on the command line.</summary>
public static class LekpCommands
{
    public static Command Municipality(CliIo io)
    {
        var nameOrCode = new Argument<string>("municipality") { Description = "Municipality name or code (e.g. Berlaar or 12002)" };
        var inhabitants = new Option<int?>("--inhabitants") { Description = "Number of inhabitants the LEKP targets are computed from" };
        var housingUnits = new Option<int?>("--housing-units") { Description = "Number of housing units (for the collective renovation target)" };
        var pact = new Option<string?>("--pact") { Description = "LEKP version the municipality signed" };
        pact.AcceptOnlyFromAmong([.. LekpTargetTable.Default.Versions]);
        var date = new Option<string?>("--date") { Description = "Reference date of the figures, yyyy-mm-dd" };
        var set = new Command("set", "Set a municipality's inhabitants, housing units and LEKP pact version");
        set.Arguments.Add(nameOrCode);
        set.Options.Add(inhabitants);
        set.Options.Add(housingUnits);
        set.Options.Add(pact);
        set.Options.Add(date);
        set.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            DateOnly? reference = null;
            if (parse.GetValue(date) is { } d)
                reference = DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                    ? parsed : throw new CliInputException($"--date '{d}' is not a date (yyyy-mm-dd)");
            var key = parse.GetValue(nameOrCode)!;
            Domain.Places.Municipality? m;
            try
            {
                m = await LekpMunicipalities.SetFiguresAsync(db, key, parse.GetValue(inhabitants), parse.GetValue(housingUnits),
                    parse.GetValue(pact), reference, ct: token);
            }
            catch (ArgumentException e) { throw new CliInputException(e.Message); }
            if (m is null) throw new CliInputException($"no municipality '{key}' (list them with: wijkwerf municipalities)");
            io.Error.WriteLine($"{m.Name} ({m.Code}): {m.Inhabitants} inhabitants, {m.HousingUnits} housing units, LEKP {m.PactVersion ?? "-"}");
            if (json) io.WriteJson(new { municipality = new { code = m.Code, name = m.Name, inhabitants = m.Inhabitants, housingUnits = m.HousingUnits, pactVersion = m.PactVersion, figuresReferenceDate = m.FiguresReferenceDate } });
            return CliApp.Ok;
        }, ct));
        var command = new Command("municipality", "A municipality's figures for the LEKP targets");
        command.Subcommands.Add(set);
        return command;
    }

    public static Command Targets(CliIo io)
    {
        var nameOrCode = new Argument<string>("municipality") { Description = "Municipality name or code" };
        var command = new Command("targets", "The LEKP targets of a municipality: required, realised, planned, gap and projected 2030, also per district");
        command.Arguments.Add(nameOrCode);
        command.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var key = parse.GetValue(nameOrCode)!;
            MunicipalityTargets? t;
            try { t = await new LekpMonitor(db, contributions: [new Wijkwerf.Data.Streets.StreetWorksLekpContributions(db)]).ForMunicipalityAsync(key, token); }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException) { throw new CliInputException(e.Message); }
            if (t is null) throw new CliInputException($"no municipality '{key}' (list them with: wijkwerf municipalities)");
            if (json)
            {
                io.WriteJson(t);
                return CliApp.Ok;
            }
            io.Out.WriteLine($"{t.Name} ({t.Code}), LEKP {t.PactVersion}: {t.Inhabitants} inhabitants, {t.HousingUnits} housing units");
            var table = new Table().Border(TableBorder.Simple);
            foreach (var h in new[] { "target", "werf", "unit", "required", "realised", "planned", "gap", "projected 2030" }) table.AddColumn(h);
            foreach (var r in t.Targets)
                table.AddRow(new[] { r.Key, r.Werf, r.Unit, Format(r.Required), Format(r.Realised), Format(r.Planned), Format(r.Gap), Format(r.Projected2030) }
                    .Select(Markup.Escape).ToArray());
            io.Console.Write(table);
            return CliApp.Ok;
        }, ct));
        return command;
    }

    public static Command Measures(CliIo io)
    {
        var file = new Argument<string>("file") { Description = "Measures as CSV or GeoJSON (columns in docs/import-formats.md)" };
        var municipality = new Option<string?>("--municipality") { Description = "Municipality code for rows that name neither a municipality nor a district" };
        var import = new Command("import", "Import the measures of a district plan; all or nothing");
        import.Arguments.Add(file);
        import.Options.Add(municipality);
        import.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var o = await new MeasuresImport(db).ImportAsync(parse.GetValue(file)!, parse.GetValue(municipality), token);
            io.Error.WriteLine($"{o.File}: {o.Measures} measures for {string.Join(", ", o.Municipalities)}{(o.Replaced ? ", replaced the earlier import" : "")}");
            if (json) io.WriteJson(new { file = o.File, kind = o.Kind, measures = o.Measures, replaced = o.Replaced, municipalities = o.Municipalities });
            return CliApp.Ok;
        }, ct));
        var command = new Command("measures", "Measures of the integrated district plan");
        command.Subcommands.Add(import);
        return command;
    }

    private static string Format(double? v) => v is { } x ? x.ToString("#,##0.##", CultureInfo.InvariantCulture) : "-";
}
