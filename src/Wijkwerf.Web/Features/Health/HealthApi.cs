using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Storage;
using Wijkwerf.Web.Hosting;

namespace Wijkwerf.Web.Features.Health;

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (WijkwerfDb db, DatabaseLocation location, SeedStatus seed, CancellationToken ct) =>
        {
            var reachable = await Database.ReachableAsync(db, ct);
            int? districts = null;
            if (reachable)
            {
                try { districts = await db.Districts.CountAsync(ct); }
                catch (Exception) { reachable = false; }
            }
            var body = new
            {
                status = reachable ? "ok" : "unhealthy",
                database = new { reachable, provider = location.IsPostgres ? "postgresql" : "sqlite" },
                districts,
                seed = new { state = seed.State.ToString().ToLowerInvariant(), progress = seed.Progress, error = seed.Error },
            };
            return Results.Json(body, statusCode: reachable ? 200 : 503);
        }).WithTags("Health");
        return app;
    }
}
