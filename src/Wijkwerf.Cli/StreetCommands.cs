using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Wijkwerf.Data.Streets;

namespace Wijkwerf.Cli;

/// <summary>works import / list / conflicts / plan, and profile: street works coordination on the command line.</summary>
public static class StreetCommands
{
    private static readonly Option<string?> Scope = new("--scope") { Description = "District code (e.g. 13019W04) or municipality code or name; default all works" };

    public static Command Works(CliIo io)
    {
        var command = new Command("works", "Street works: import a works file, list them, find conflicts and synergies, plan dig-once");
        command.Subcommands.Add(Import(io));
        command.Subcommands.Add(List(io));
        command.Subcommands.Add(Conflicts(io));
        command.Subcommands.Add(Plan(io));
        return command;
    }

    private static Command Import(CliIo io)
    {
        var file = new Argument<string>("file") { Description = "Works file: GeoJSON FeatureCollection, CSV (one bad row rejects the whole file) or GIPOD feed JSON (bad records are left out and reported); the format is read from the content (docs/streets.md)" };
        var c = new Command("import", "Import street works (all or nothing; works with a stored reference are replaced)");
        c.Arguments.Add(file);
        c.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var outcome = await WorksImport.ImportAsync(db, parse.GetValue(file)!, token);
            io.Error.WriteLine($"{outcome.File} ({outcome.Format}): {outcome.Works} works imported ({outcome.Replaced} replaced) in {string.Join(", ", outcome.Districts)}"
                + (outcome.Problems > 0 ? $"; {outcome.Problems} records left out" : "") + (outcome.Skipped > 0 ? $"; {outcome.Skipped} cancelled" : ""));
            foreach (var p in outcome.Rejected ?? []) io.Error.WriteLine($"  {p.Where} {p.Field}: {p.Problem}");
            if (json) io.WriteJson(outcome);
            return CliApp.Ok;
        }, ct));
        return c;
    }

    private static Command List(CliIo io)
    {
        var c = new Command("list", "List street works with their GIPOD category and register-by date");
        c.Options.Add(Scope);
        c.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var analysis = new StreetWorksAnalysis(db);
            var (_, works) = await Guard(() => analysis.WorksAsync(parse.GetValue(Scope), token));
            var rows = await analysis.RowsAsync(works, token);
            if (json) { io.WriteJson(new { works = rows }); return CliApp.Ok; }
            var table = new Table().Border(TableBorder.Simple);
            foreach (var h in new[] { "reference", "kind", "owner", "start", "end", "category", "register by", "status" }) table.AddColumn(h);
            foreach (var r in rows)
                table.AddRow(new[] { r.Reference, r.Kind, r.Owner, r.Start.ToString("yyyy-MM-dd"), r.End.ToString("yyyy-MM-dd"), r.GroundworkCategory, r.RegisterBy.ToString("yyyy-MM-dd"), r.Status }
                    .Select(Markup.Escape).ToArray());
            io.Console.Write(table);
            return CliApp.Ok;
        }, ct));
        return c;
    }

    private static Command Conflicts(CliIo io)
    {
        var c = new Command("conflicts", "Conflicts (moratorium, order), lead-time warnings and synergies to bundle");
        c.Options.Add(Scope);
        c.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var result = await Guard(() => new StreetWorksAnalysis(db).ConflictsAsync(parse.GetValue(Scope), token));
            if (json) { io.WriteJson(result); return CliApp.Ok; }
            io.Out.WriteLine($"{result.Works} works in {result.Scope}: {result.Conflicts.Count(x => x.Severity == "conflict")} conflicts, {result.Conflicts.Count(x => x.Severity == "warning")} warnings, {result.Synergies.Count} bundles");
            foreach (var x in result.Conflicts) io.Out.WriteLine($"  {x.Severity} {x.Rule}: {x.Message}");
            foreach (var s in result.Synergies) io.Out.WriteLine($"  synergy: {s.Message}");
            return CliApp.Ok;
        }, ct));
        return c;
    }

    private static Command Plan(CliIo io)
    {
        var budget = new Option<string[]>("--budget") { Description = "Yearly budget of an owner: 'owner=year:euros' (repeatable)", AllowMultipleArgumentsPerToken = false };
        var seconds = new Option<double>("--seconds") { Description = "Solver time limit", DefaultValueFactory = _ => 8 };
        var planning = new Option<string?>("--planning-date") { Description = "The day the plan is made, yyyy-mm-dd (default today): moved works start no earlier than this plus their GIPOD lead time" };
        var c = new Command("plan", "Dig-once plan: shift works inside their windows to open each segment fewer times (CP-SAT)");
        c.Options.Add(Scope);
        c.Options.Add(budget);
        c.Options.Add(seconds);
        c.Options.Add(planning);
        c.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var budgets = (parse.GetValue(budget) ?? []).Select(ParseBudget).ToArray();
            DateOnly? planningDate = parse.GetValue(planning) is { } text
                ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
                    : throw new CliInputException($"--planning-date '{text}' is not a date (yyyy-mm-dd)")
                : null;
            var r = await Guard(() => new StreetWorksAnalysis(db).PlanAsync(parse.GetValue(Scope), budgets, parse.GetValue(seconds), token, planningDate));
            if (json) { io.WriteJson(r); return CliApp.Ok; }
            io.Out.WriteLine($"{r.Works} planned works in {r.Scope}: {r.Status}{(r.GapPercent is > 0 ? $" (gap {r.GapPercent:0.###} %)" : "")}");
            io.Out.WriteLine($"  openings {r.Before.Openings} -> {r.After.Openings}, reopened m² {r.Before.ReopenedM2:0} -> {r.After.ReopenedM2:0}, nuisance-days {r.Before.NuisanceDays} -> {r.After.NuisanceDays}, saving € {r.SavingEur:N0}");
            foreach (var m in r.Moves) io.Out.WriteLine($"  {m.Message}");
            foreach (var h in r.Holds) io.Out.WriteLine($"  {h.Message}");
            return CliApp.Ok;
        }, ct));
        return c;
    }

    /// <summary><c>parking &lt;district&gt;</c>: pressure per street and neighbourhood parking; <c>parking import &lt;file&gt;</c>: counts or points.</summary>
    public static Command Parking(CliIo io)
    {
        var district = new Argument<string>("district") { Description = "District code, e.g. 13019W04" };
        var c = new Command("parking", "Parking pressure per street (counted cars ÷ capacity, full at 85 %) and what neighbourhood parking in private car parks frees");
        c.Arguments.Add(district);
        c.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var code = parse.GetValue(district)!;
            var r = await new StreetMobility(db).ParkingAsync(code, token) ?? throw new CliInputException($"no district '{code}'");
            if (json) { io.WriteJson(r); return CliApp.Ok; }
            foreach (var t in r.DistrictTotals) io.Out.WriteLine($"{r.District} {t.Slot}: {t.CountedCars}/{t.Capacity} = {t.Pressure:P0}{(t.Full ? " full" : "")}");
            foreach (var s in r.Streets) io.Out.WriteLine($"  {s.Street} {s.Slot}: {s.CountedCars}/{s.Capacity} = {s.Pressure:P0}{(s.Full ? " full" : "")}");
            io.Out.WriteLine($"Neighbourhood parking: {r.CarsMoved} cars to {r.CarParks.Count} car parks, {r.SpacesFreed} street spaces could become green ({r.GreenM2:N0} m², potential)");
            return CliApp.Ok;
        }, ct));
        var file = new Argument<string>("file") { Description = "CSV with parking counts (counted_cars column) or mobility points (kind column); docs/streets.md" };
        var import = new Command("import", "Import parking counts or mobility points (car parks, stops, shared cars, charging, hubs); all or nothing");
        import.Arguments.Add(file);
        import.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var outcome = await ParkingImport.ImportAsync(db, parse.GetValue(file)!, token);
            io.Error.WriteLine($"{outcome.File}: {outcome.Rows} {outcome.Format} imported ({outcome.Replaced} replaced) in {string.Join(", ", outcome.Districts)}");
            if (json) io.WriteJson(outcome);
            return CliApp.Ok;
        }, ct));
        c.Subcommands.Add(import);
        return c;
    }

    public static Command Hubs(CliIo io)
    {
        var district = new Argument<string>("district") { Description = "District code, e.g. 13019W04" };
        var c = new Command("hubs", "Mobility hub (Hoppinpunt) candidates: intersections scored by homes within walking distance along the street graph and existing shared cars and charging points");
        c.Arguments.Add(district);
        c.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var code = parse.GetValue(district)!;
            var r = await new StreetMobility(db).HubsAsync(code, token) ?? throw new CliInputException($"no district '{code}'");
            if (json) { io.WriteJson(r); return CliApp.Ok; }
            io.Out.WriteLine($"{r.District}: {r.Intersections} intersections, {r.Stops} stops");
            foreach (var h in r.Candidates)
                io.Out.WriteLine($"  {h.Rank}. {h.Category} at {h.NearStreet} ({h.Lon}, {h.Lat}): {h.Dwellings} dwellings within {r.WalkM:0} m walk along the streets, {h.ExistingSharedCarsAndChargingPoints} existing points, stop {(h.StopDistanceM is { } s ? $"at {s:0} m walk" : $"none within {r.StopReachM:0} m walk")}, score {h.Score}");
            return CliApp.Ok;
        }, ct));
        return c;
    }

    public static Command Profile(CliIo io)
    {
        var segment = new Argument<string>("segment-id") { Description = "Street segment id (numeric or external, e.g. w4242:3)" };
        var dn = new Option<int?>("--heat-dn") { Description = "Heat pipe DN (default: the heat works on the segment)" };
        var sewer = new Option<bool?>("--separated-sewer") { Description = "Check a separated sewer (default: when a sewer work is planned)" };
        var trees = new Option<int?>("--tree-class") { Description = "Tree size class 1, 2 or 3 (0: none; default 2 when trees are planned)" };
        var strips = new Option<string?>("--strips") { Description = "Cross-section façade to façade, e.g. footway:1.8|parking:2|carriageway:5|green:1.4|footway:1.8" };
        var facade = new Option<double?>("--facade-width") { Description = "Façade-to-façade width in m (default: the sum of the strips)" };
        var c = new Command("profile", "Does the planned set fit below the street? Names each violation and proposes a strip order that fits");
        c.Arguments.Add(segment);
        foreach (var o in new Option[] { dn, sewer, trees, strips, facade }) c.Options.Add(o);
        c.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var id = parse.GetValue(segment)!;
            var p = await Guard(() => new StreetProfiles(db).CheckAsync(id,
                new ProfileOptions(parse.GetValue(dn), parse.GetValue(sewer), parse.GetValue(trees), parse.GetValue(strips), parse.GetValue(facade)), token))
                ?? throw new CliInputException($"no street segment '{id}'");
            if (json) { io.WriteJson(p); return CliApp.Ok; }
            io.Out.WriteLine($"{p.Segment} {p.Name} ({p.Kind}): {(p.Fit.Fits ? "fits" : "does not fit")} in {string.Join(" | ", p.Fit.Strips.Select(s => $"{s.Kind} {s.WidthM:0.0#}"))}");
            foreach (var v in p.Fit.Violations) io.Out.WriteLine($"  {v.Network}: {v.Problem}");
            if (p.Fit.ProposedStrips is { } order) io.Out.WriteLine($"  fits with strips: {string.Join(" | ", order.Select(s => $"{s.Kind} {s.WidthM:0.0#}"))}");
            return CliApp.Ok;
        }, ct));
        return c;
    }

    private static (string, int, double) ParseBudget(string text)
    {
        var eq = text.LastIndexOf('=');
        var parts = eq > 0 ? text[(eq + 1)..].Split(':') : [];
        if (parts.Length == 2 && int.TryParse(parts[0], out var year) && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var eur))
            return (text[..eq], year, eur);
        throw new CliInputException($"--budget '{text}' is not owner=year:euros");
    }

    private static async Task<T> Guard<T>(Func<Task<T>> body)
    {
        try { return await body(); }
        catch (ArgumentException e) { throw new CliInputException(e.Message); }
    }
}
