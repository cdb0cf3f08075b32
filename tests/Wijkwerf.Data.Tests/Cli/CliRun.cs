using Wijkwerf.Cli;

namespace Wijkwerf.Data.Tests.Cli;

/// <summary>Runs the CLI in-process as a user would type it, capturing stdout and stderr.</summary>
public static class CliRun
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var exit = await CliApp.RunAsync(args, o, e);
        return (exit, o.ToString(), e.ToString());
    }
}
