using Wijkwerf.Data.Reports;
using Wijkwerf.Data.Storage;
using Wijkwerf.Data.Streets;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Streets;

/// <summary>Street works as JSON, and the district report as PDF and Excel.</summary>
public static class StreetsApi
{
    public static IServiceCollection AddStreets(this IServiceCollection services) => services.AddScoped<StreetWorksReport>();

    public static IEndpointRouteBuilder MapStreetsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/streets").WithTags("Streets");

        api.MapGet("/{code}/works", async (string code, WijkwerfDb db, CancellationToken ct) =>
        {
            var analysis = new StreetWorksAnalysis(db);
            var (scope, works) = await analysis.WorksAsync(code, ct);
            return Results.Ok(new { scope, works = await analysis.RowsAsync(works, ct) });
        }).AddEndpointFilter(KnownScope);

        api.MapGet("/{code}/conflicts", async (string code, WijkwerfDb db, CancellationToken ct) =>
            Results.Ok(await new StreetWorksAnalysis(db).ConflictsAsync(code, ct))).AddEndpointFilter(KnownScope);

        api.MapGet("/{code}/plan", async (string code, double? seconds, DateOnly? planningDate, WijkwerfDb db, CancellationToken ct) =>
            Results.Ok(await new StreetWorksAnalysis(db).PlanAsync(code, null, Math.Clamp(seconds ?? 8, 1, 30), ct, planningDate))).AddEndpointFilter(KnownScope);

        api.MapGet("/{code}/parking", async (string code, WijkwerfDb db, CancellationToken ct) =>
            Results.Ok(await new StreetMobility(db).ParkingAsync(code, ct))).AddEndpointFilter(KnownScope);

        api.MapGet("/{code}/hubs", async (string code, WijkwerfDb db, CancellationToken ct) =>
            Results.Ok(await new StreetMobility(db).HubsAsync(code, ct))).AddEndpointFilter(KnownScope);

        api.MapGet("/profile/{segment}", async (string segment, int? heatDn, bool? separatedSewer, int? treeClass, string? strips, double? facadeWidth, WijkwerfDb db, CancellationToken ct) =>
        {
            try
            {
                var p = await new StreetProfiles(db).CheckAsync(segment, new ProfileOptions(heatDn, separatedSewer, treeClass, strips, facadeWidth), ct);
                return p is null
                    ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown street segment", detail: $"No street segment has the id '{segment}'.")
                    : Results.Ok(p);
            }
            catch (ArgumentException e)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad profile", detail: e.Message);
            }
        });

        api.MapGet("/{code}/report.xlsx", async (string code, StreetWorksReport report, Language language, CancellationToken ct) =>
            Results.File(StreetWorksReport.Xlsx(await report.BuildAsync(code, ct), StreetsTexts.For(language.Code)),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"street-works-{code}.xlsx")).AddEndpointFilter(KnownScope);

        api.MapGet("/{code}/report.pdf", async (string code, StreetWorksReport report, Language language, CancellationToken ct) =>
        {
            var t = StreetsTexts.For(language.Code);
            var html = StreetWorksReport.Html(await report.BuildAsync(code, ct), string.Format(t.Title, code), t);
            return Results.File(await ChromiumPdf.PrintAsync(html, ct), "application/pdf", $"street-works-{code}.pdf");
        }).AddEndpointFilter(KnownScope);

        return app;
    }

    private static async ValueTask<object?> KnownScope(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var code = context.HttpContext.Request.RouteValues["code"] as string ?? "";
        var report = context.HttpContext.RequestServices.GetRequiredService<StreetWorksReport>();
        if (!await report.ExistsAsync(code, context.HttpContext.RequestAborted))
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown district", detail: $"No district has the code '{code}'.");
        return await next(context);
    }
}
