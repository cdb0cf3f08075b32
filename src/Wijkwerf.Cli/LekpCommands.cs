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
            var reference = ParseDate(parse.GetValue(date));
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
        command.Subcommands.Add(Figures(io));
        return command;
    }

    /// <summary><c>municipality figures &lt;file&gt; --date</c>: inhabitants and housing units from Statbel or a CSV.</summary>
    private static Command Figures(CliIo io)
    {
        var file = new Argument<string>("file") { Description = "Statbel population file (CD_REFNIS, MS_POPULATION) or CSV with code, inhabitants, housing_units (docs/lekp.md)" };
        var date = new Option<string?>("--date") { Description = "Reference date of the figures, yyyy-mm-dd (Statbel: 1 January of the file's year)" };
        var command = new Command("figures", "Import inhabitants and housing units per municipality or district; all or nothing");
        command.Arguments.Add(file);
        command.Options.Add(date);
        command.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var o = await new PopulationFiguresImport(db).ImportAsync(parse.GetValue(file)!, ParseDate(parse.GetValue(date)), token);
            io.Error.WriteLine($"{o.File} ({o.Layout}, {o.ReferenceDate:yyyy-MM-dd}): figures of {o.Municipalities} municipalities and {o.Districts} districts");
            if (json) io.WriteJson(o);
            return CliApp.Ok;
        }, ct));
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
            try { t = await new LekpMonitor(db).ForMunicipalityAsync(key, token); }
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
        command.Subcommands.Add(Report(io));
        return command;
    }

    /// <summary><c>measures report &lt;municipality&gt; --year --pdf --xlsx</c>: the council report as files.</summary>
    private static Command Report(CliIo io)
    {
        var nameOrCode = new Argument<string>("municipality") { Description = "Municipality name or code" };
        var year = new Option<int?>("--year") { Description = "Year of the content report (default: this year)" };
        var pdf = new Option<string?>("--pdf") { Description = "Write the council report as PDF here (needs Chromium)" };
        var xlsx = new Option<string?>("--xlsx") { Description = "Write the measures and the monitor as XLSX here" };
        var lang = new Option<string?>("--lang") { Description = "Language of the PDF: nl (default) or en" };
        lang.AcceptOnlyFromAmong("nl", "en");
        var command = new Command("report", "The council report of a municipality's LEKP plan: PDF and Excel with the same figures");
        command.Arguments.Add(nameOrCode);
        foreach (var o in new Option[] { year, pdf, xlsx, lang }) command.Options.Add(o);
        command.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var key = parse.GetValue(nameOrCode)!;
            var m = await LekpMunicipalities.FindAsync(db, key, token) ?? throw new CliInputException($"no municipality '{key}' (list them with: wijkwerf municipalities)");
            LekpReport? r;
            try { r = await new LekpCouncilReport(db).BuildAsync(m.Code, parse.GetValue(year) ?? DateTime.UtcNow.Year, token); }
            catch (InvalidOperationException e) { throw new CliInputException(e.Message); }
            if (parse.GetValue(xlsx) is { } x)
            {
                await File.WriteAllBytesAsync(x, LekpCouncilReport.Xlsx(r!), token);
                io.Error.WriteLine($"{x}: {r!.Measures.Count} measures, {r.Monitor.Targets.Count} targets");
            }
            if (parse.GetValue(pdf) is { } p)
            {
                try { await File.WriteAllBytesAsync(p, await Data.Reports.ChromiumPdf.PrintAsync(LekpCouncilReport.Html(r!, ReportTexts.For(parse.GetValue(lang))), token), token); }
                catch (InvalidOperationException e) { throw new CliInputException(e.Message); }
                io.Error.WriteLine($"{p}: council report {r!.Monitor.Name} {r.Year.Year}");
            }
            if (json) io.WriteJson(r!.Year);
            return CliApp.Ok;
        }, ct));
        return command;
    }

    private static DateOnly? ParseDate(string? text) => text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed : throw new CliInputException($"--date '{text}' is not a date (yyyy-mm-dd)");

    private static string Format(double? v) => v is { } x ? x.ToString("#,##0.##", CultureInfo.InvariantCulture) : "-";
}
