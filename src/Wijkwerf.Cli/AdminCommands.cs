using System.CommandLine;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Cli;

/// <summary><c>admin create --email ...</c>: the first platform administrator. There is no default password: the
/// password is read from stdin (<c>--password-stdin</c>) or generated and printed once.</summary>
public static class AdminCommands
{
    public static Command Admin(CliIo io)
    {
        var email = new Option<string>("--email") { Description = "E-mail address (the login name)", Required = true };
        var fromStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input instead of generating one" };
        var create = new Command("create", "Create a platform administrator (or give an existing user that role)");
        create.Options.Add(email);
        create.Options.Add(fromStdin);
        create.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var address = parse.GetValue(email)!.Trim();
            if (!address.Contains('@')) throw new CliInputException($"'{address}' is not an e-mail address.");
            var generated = !parse.GetValue(fromStdin);
            var password = generated ? Generate() : (Console.In.ReadLine() ?? "").Trim();
            var result = await AccountSetup.CreateAdminAsync(db, address, password);
            if (result.Errors.Count > 0) throw new CliInputException(string.Join(" ", result.Errors));
            if (json) io.WriteJson(new { email = address, role = Roles.PlatformAdmin, created = result.Created, password = generated ? password : null });
            else
            {
                io.Out.WriteLine($"{(result.Created ? "Created" : "Updated")} platform administrator {address}.");
                if (generated) io.Out.WriteLine($"Password (shown once, change it after logging in): {password}");
            }
            return CliApp.Ok;
        }, ct));
        var admin = new Command("admin", "Accounts");
        admin.Subcommands.Add(create);
        return admin;
    }

    private static string Generate()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var chars = RandomNumberGenerator.GetItems<char>(alphabet, 20);
        return new string(chars) + "-9a";
    }
}

/// <summary>Account use cases shared by the CLI and the web app.</summary>
public static class AccountSetup
{
    public sealed record Result(bool Created, IReadOnlyList<string> Errors);

    public static async Task<Result> CreateAdminAsync(WijkwerfDb db, string email, string password)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(db);
        services.AddIdentityCore<WijkwerfUser>(o => o.User.RequireUniqueEmail = true)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WijkwerfDb>();
        await using var provider = services.BuildServiceProvider();
        var roles = provider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        var users = provider.GetRequiredService<UserManager<WijkwerfUser>>();
        var user = await users.FindByEmailAsync(email);
        var created = user is null;
        IdentityResult outcome;
        if (user is null)
        {
            user = new WijkwerfUser { UserName = email, Email = email, EmailConfirmed = true };
            outcome = await users.CreateAsync(user, password);
        }
        else
        {
            await users.RemovePasswordAsync(user);
            outcome = await users.AddPasswordAsync(user, password);
        }
        if (!outcome.Succeeded) return new Result(created, outcome.Errors.Select(e => e.Description).ToList());
        if (!await users.IsInRoleAsync(user, Roles.PlatformAdmin)) await users.AddToRoleAsync(user, Roles.PlatformAdmin);
        return new Result(created, []);
    }
}
