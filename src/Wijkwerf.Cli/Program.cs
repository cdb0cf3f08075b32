using Wijkwerf.Cli;

return await CliApp.RunAsync(args);
