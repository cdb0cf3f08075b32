using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Districts;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Web.Hosting;

public static class Database
{
    /// <summary>Config key <c>Wijkwerf:Database</c>: a SQLite path or a PostgreSQL connection string.</summary>
    public const string LocationKey = "Wijkwerf:Database";

    public static DatabaseLocation Location(IConfiguration config) =>
        config[LocationKey] is { Length: > 0 } value ? new DatabaseLocation(value) : DatabaseLocation.Default;

    public static IServiceCollection AddWijkwerfDatabase(this IServiceCollection services)
    {
        // Resolved lazily so configuration added by hosts and tests after registration still counts.
        services.AddSingleton(sp => Location(sp.GetRequiredService<IConfiguration>()));
        // Scoped: one context per request; the container disposes it.
        services.AddScoped(sp => WijkwerfDbFactory.Create(sp.GetRequiredService<DatabaseLocation>()));
        services.AddScoped<DistrictQueries>();
        services.AddScoped<ImportService>();
        return services;
    }

    /// <summary>Brings the schema up to date and makes sure every role row exists, before the first request.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var location = app.Services.GetRequiredService<DatabaseLocation>();
        await using (var db = await WijkwerfDbFactory.OpenAsync(location)) { }

        using var scope = app.Services.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        }
    }

    /// <summary>True when the database answers a trivial query.</summary>
    public static async Task<bool> ReachableAsync(WijkwerfDb db, CancellationToken ct)
    {
        try { return await db.Database.CanConnectAsync(ct); }
        catch (Exception) { return false; }
    }
}
