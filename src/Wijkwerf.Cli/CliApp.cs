using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Mail;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Cli;

/// <summary>The automation contract. Every command takes <c>--json</c> and then prints exactly one JSON document on
/// stdout; progress and logs go to stderr. Exit codes: 0 success, 2 bad input, 1 anything else.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadInput = 2;

    public static readonly Option<string?> DbOption = new("--db")
    {
        Description = "SQLite file path or PostgreSQL connection string (default: the web app's database, data/wijkwerf.db or WIJKWERF_DB)",
        Recursive = true,
    };

    public static readonly Option<bool> JsonOption = new("--json")
    {
        Description = "Print exactly one JSON document on stdout",
        Recursive = true,
    };

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Names like 's-Gravenhage stay readable; this output is never embedded in HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var io = new CliIo(stdout ?? Console.Out, stderr ?? Console.Error, stdout is null && !Console.IsErrorRedirected);
        var root = new RootCommand("Wijkwerf: the district model, from real data, on the command line.");
        root.Options.Add(DbOption);
        root.Options.Add(JsonOption);
        root.Subcommands.Add(DistrictCommands.Import(io));
        root.Subcommands.Add(DistrictCommands.Seed(io));
        root.Subcommands.Add(DistrictCommands.Municipalities(io));
        root.Subcommands.Add(DistrictCommands.Districts(io));
        root.Subcommands.Add(DistrictCommands.District(io));
        root.Subcommands.Add(LekpCommands.Municipality(io));
        root.Subcommands.Add(LekpCommands.Targets(io));
        root.Subcommands.Add(LekpCommands.Measures(io));
        root.Subcommands.Add(HeatCommands.Heat(io));
        root.Subcommands.Add(HeatCommands.HeatNetwork(io));
        root.Subcommands.Add(HeatCommands.HeatPhasing(io));
        root.Subcommands.Add(AdminCommands.Admin(io));
        root.Subcommands.Add(OneStopShopCommands.Reach(io));
        root.Subcommands.Add(OneStopShopCommands.Pool(io));
        root.Subcommands.Add(OperationsCommands.ForumCommand(io));
        root.Subcommands.Add(OperationsCommands.CallCommand(io));
        root.Subcommands.Add(OperationsCommands.Outcomes(io));
        root.Subcommands.Add(LearningCommands.Harvest(io));
        root.Subcommands.Add(LearningCommands.Workbook(io));
        root.Subcommands.Add(LearningCommands.Learning(io));
        root.Subcommands.Add(LearningCommands.Notifications(io));
        root.Subcommands.Add(StreetCommands.Works(io));
        root.Subcommands.Add(StreetCommands.Profile(io));
        root.Subcommands.Add(StreetCommands.Parking(io));
        root.Subcommands.Add(StreetCommands.Hubs(io));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) io.Error.WriteLine(e.Message);
            return BadInput;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = io.Out, Error = io.Error });
    }

    /// <summary>A setting as the web app reads it, from its environment variable (<c>Mail:From</c> → <c>Mail__From</c>); empty is unset.</summary>
    public static string? Setting(string key) =>
        Environment.GetEnvironmentVariable(key.Replace(":", "__", StringComparison.Ordinal)) is { Length: > 0 } v ? v : null;

    /// <summary>The web app's mailer: SMTP from the same <c>Mail__*</c> environment variables, else .eml files in the
    /// pickup folder beside the database, where the web app puts them too.</summary>
    public static Mailer Mailer(ParseResult parse) => new(MailOptions.FromSettings(Setting, Location(parse)));

    private static DatabaseLocation Location(ParseResult parse) =>
        parse.GetValue(DbOption) is { Length: > 0 } db ? new DatabaseLocation(db) : DatabaseLocation.Default;

    /// <summary>Runs a command body with the exit-code contract and the database opened (migrated).</summary>
    public static async Task<int> WithDatabaseAsync(ParseResult parse, CliIo io, Func<WijkwerfDb, bool, CancellationToken, Task<int>> body, CancellationToken ct)
    {
        var json = parse.GetValue(JsonOption);
        var location = Location(parse);
        try
        {
            await using var database = await WijkwerfDbFactory.OpenAsync(location, ct);
            return await body(database, json, ct);
        }
        catch (BadInputException e)
        {
            io.Fail(json, e.Message, BadInput, new { file = e.File, where = e.Where, field = e.Field, problem = e.Problem });
            return BadInput;
        }
        catch (CliInputException e)
        {
            io.Fail(json, e.Message, BadInput, null);
            return BadInput;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            io.Fail(json, $"{e.GetType().Name}: {e.Message}", Failure, null);
            return Failure;
        }
    }
}

/// <summary>Wrong use of a command that the user can fix (an unknown district code, a bad e-mail address ...).</summary>
public sealed class CliInputException(string message) : Exception(message);

/// <summary>Where a command writes: results to <see cref="Out"/>, everything else to <see cref="Error"/>.</summary>
public sealed class CliIo(TextWriter output, TextWriter error, bool interactive)
{
    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;

    /// <summary>True when stderr is a terminal: show a progress bar.</summary>
    public bool Interactive { get; } = interactive;

    public IAnsiConsole Console { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });

    public void WriteJson(object value) => Out.WriteLine(JsonSerializer.Serialize(value, CliApp.Json));

    public void Fail(bool json, string message, int exitCode, object? detail)
    {
        Error.WriteLine($"error: {message}");
        if (json) WriteJson(new { error = message, exitCode, detail });
    }
}
