using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Lekp;
using Wijkwerf.Data.Reports;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Lekp;

namespace Wijkwerf.Web.Features.Lekp;

/// <summary>The LEKP monitor, the measures, the council report and the district plan as JSON (and PDF, XLSX, GeoJSON).
/// Reading is public; entering or changing measures and the plan outline is for the municipality's own staff (and the
/// platform admins): <see cref="LekpTenancy"/>.</summary>
public static class LekpApi
{
    /// <summary>Who may edit measures at all; <see cref="LekpTenancy.MayEditAsync"/> then checks the municipality.</summary>
    public const string Policy = "may-edit-measures";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IServiceCollection AddLekp(this IServiceCollection services)
    {
        services.AddScoped<LekpMeasures>();
        services.AddScoped<DistrictPlans>();
        services.AddScoped<LekpCouncilReport>();
        services.AddScoped<LekpTenancy>();
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireRole(Roles.PlatformAdmin, Roles.MunicipalityStaff));
        return services;
    }

    public static IEndpointRouteBuilder MapLekpApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("LEKP");

        api.MapGet("/municipalities/{code}/targets", async (string code, WijkwerfDb db, CancellationToken ct) =>
            await Monitor(db, code, ct) is var (result, problem) && problem is null ? Results.Ok(result) : problem!);

        api.MapGet("/municipalities/{code}/districts/{district}/targets", async (string code, string district, WijkwerfDb db, CancellationToken ct) =>
        {
            var (result, problem) = await Monitor(db, code, ct);
            if (problem is not null) return problem;
            return result!.Districts.FirstOrDefault(d => string.Equals(d.Code, district, StringComparison.OrdinalIgnoreCase)) is { } d
                ? Results.Ok(d) : NotFound("Unknown district", $"Municipality {code} has no district '{district}'.");
        });

        api.MapGet("/municipalities/{code}/measures", async (string code, string? district, LekpMeasures q, CancellationToken ct) =>
            await q.MunicipalityAsync(code, ct) is null ? UnknownMunicipality(code) : Results.Ok(await q.ListAsync(code, district, ct)));

        api.MapGet("/municipalities/{code}/measures.geojson", async (string code, string? district, LekpMeasures q, CancellationToken ct) =>
            await q.MunicipalityAsync(code, ct) is null ? UnknownMunicipality(code)
                : Results.Text(await q.GeoJsonAsync(code, district, ct), Districts.DistrictsApi.GeoJson));

        api.MapGet("/municipalities/{code}/measures/{id:int}", async (string code, int id, LekpMeasures q, CancellationToken ct) =>
            await q.GetAsync(id, ct) is { } m && string.Equals(m.Municipality, code, StringComparison.OrdinalIgnoreCase)
                ? Results.Ok(m) : UnknownMeasure(code, id));

        var edit = api.MapGroup("/municipalities/{code}").RequireAuthorization(Policy);
        // The auth cookie is SameSite=Strict: a cross-site request cannot carry it, so no antiforgery token is needed.
        edit.MapPost("/measures", async (string code, Dictionary<string, string?> fields, ClaimsPrincipal user, LekpTenancy tenancy, LekpMeasures q, CancellationToken ct) =>
        {
            if (await tenancy.MayEditAsync(user, code, ct) is { } denied) return denied;
            return await Save(q, code, null, fields, ct);
        });
        edit.MapPut("/measures/{id:int}", async (string code, int id, Dictionary<string, string?> fields, ClaimsPrincipal user, LekpTenancy tenancy, LekpMeasures q, CancellationToken ct) =>
        {
            if (await tenancy.MayEditAsync(user, code, ct) is { } denied) return denied;
            return await Save(q, code, id, fields, ct);
        });
        edit.MapDelete("/measures/{id:int}", async (string code, int id, ClaimsPrincipal user, LekpTenancy tenancy, LekpMeasures q, CancellationToken ct) =>
        {
            if (await tenancy.MayEditAsync(user, code, ct) is { } denied) return denied;
            return await q.DeleteAsync(code, id, ct) ? Results.NoContent() : UnknownMeasure(code, id);
        });
        edit.MapPut("/plan-outline", async (string code, OutlineChoice choice, ClaimsPrincipal user, LekpTenancy tenancy, DistrictPlans plans, CancellationToken ct) =>
        {
            if (await tenancy.MayEditAsync(user, code, ct) is { } denied) return denied;
            if (!Enum.TryParse<PlanOutline>(choice.Outline, ignoreCase: true, out var outline) || !Enum.IsDefined(outline))
                return Results.Problem(statusCode: 400, title: "Unknown outline", detail: $"outline '{choice.Outline}' is not one of lekp, warmteprogramma.");
            await plans.SetOutlineAsync(code, outline, ct);
            return Results.Ok(new { outline = outline.ToString().ToLowerInvariant() });
        });

        api.MapGet("/municipalities/{code}/year-report", async (string code, int? year, LekpCouncilReport reports, WijkwerfDb db, CancellationToken ct) =>
            await Report(reports, db, code, year, ct) is var (r, problem) && problem is null ? Results.Ok(r!.Year) : problem!);

        api.MapGet("/municipalities/{code}/report.xlsx", async (string code, int? year, LekpCouncilReport reports, WijkwerfDb db, CancellationToken ct) =>
            await Report(reports, db, code, year, ct) is var (r, problem) && problem is null
                ? Results.File(LekpCouncilReport.Xlsx(r!), Xlsx, $"lekp-{r!.Monitor.Code}-{r.Year.Year}.xlsx") : problem!);

        api.MapGet("/municipalities/{code}/report.pdf", async (string code, int? year, string? lang, LekpCouncilReport reports, WijkwerfDb db, CancellationToken ct) =>
        {
            var (r, problem) = await Report(reports, db, code, year, ct);
            if (problem is not null) return problem;
            try
            {
                var pdf = await ChromiumPdf.PrintAsync(LekpCouncilReport.Html(r!, ReportTexts.For(lang)), ct);
                return Results.File(pdf, "application/pdf", $"lekp-{r!.Monitor.Code}-{r.Year.Year}.pdf");
            }
            catch (InvalidOperationException e) { return Results.Problem(statusCode: 503, title: "PDF not available", detail: e.Message); }
        });

        api.MapGet("/districts/{code}/plan", async (string code, DistrictPlans plans, CancellationToken ct) =>
            await plans.ForDistrictAsync(code, ct) is { } plan ? Results.Json(plan, EnumsAsNames) : NotFound("Unknown district", $"No district with a municipality has the code '{code}'."));

        return app;
    }

    public sealed record OutlineChoice(string Outline);

    /// <summary>Web defaults with enums as their names (werf, coupling and conflict kinds, country, outline).</summary>
    private static readonly System.Text.Json.JsonSerializerOptions EnumsAsNames = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        // A heat figure per dwelling of a district without dwellings is infinite; say so rather than fail.
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase) },
    };

    private static async Task<IResult> Save(LekpMeasures q, string code, int? id, Dictionary<string, string?> fields, CancellationToken ct)
    {
        try
        {
            var saved = await q.SaveAsync(code, id, fields, ct);
            if (saved is null) return UnknownMeasure(code, id ?? 0);
            return id is null ? Results.Created($"/api/municipalities/{saved.Municipality}/measures/{saved.Id}", saved) : Results.Ok(saved);
        }
        catch (BadInputException e)
        {
            return Results.Problem(statusCode: 400, title: "Measure refused", detail: e.Message,
                extensions: new Dictionary<string, object?> { ["field"] = e.Field });
        }
    }

    /// <summary>The monitor, or the problem answer: 404 for an unknown municipality, 409 when it has no pact version.</summary>
    internal static async Task<(MunicipalityTargets? Result, IResult? Problem)> Monitor(WijkwerfDb db, string code, CancellationToken ct)
    {
        try
        {
            var t = await new LekpMonitor(db).ForMunicipalityAsync(code, ct);
            return t is null ? (null, UnknownMunicipality(code)) : (t, null);
        }
        catch (InvalidOperationException e) { return (null, Results.Problem(statusCode: 409, title: "No LEKP pact version", detail: e.Message)); }
    }

    private static async Task<(LekpReport? Report, IResult? Problem)> Report(LekpCouncilReport reports, WijkwerfDb db, string code, int? year, CancellationToken ct)
    {
        var (_, problem) = await Monitor(db, code, ct);
        if (problem is not null) return (null, problem);
        var y = year ?? DateTime.UtcNow.Year;
        if (y is < 2020 or > 2031) return (null, Results.Problem(statusCode: 400, title: "Year out of range", detail: $"year {y} is outside the pact (2020–2031)."));
        return (await reports.BuildAsync(code, y, ct), null);
    }

    private static IResult NotFound(string title, string detail) => Results.Problem(statusCode: 404, title: title, detail: detail);
    private static IResult UnknownMunicipality(string code) => NotFound("Unknown municipality", $"No municipality has the code '{code}'.");
    private static IResult UnknownMeasure(string code, int id) => NotFound("Unknown measure", $"Municipality {code} has no measure {id}.");
}

/// <summary>Who may change a municipality's plan: platform admins, and municipality staff of that municipality only
/// (<see cref="WijkwerfUser.MunicipalityId"/>, the tenant).</summary>
public sealed class LekpTenancy(UserManager<WijkwerfUser> users, WijkwerfDb db)
{
    /// <returns>Null when allowed, else the answer: 404 for an unknown municipality, 403 for another tenant.</returns>
    public async Task<IResult?> MayEditAsync(ClaimsPrincipal user, string municipalityCode, CancellationToken ct)
    {
        var municipality = await new LekpMeasures(db).MunicipalityAsync(municipalityCode, ct);
        if (municipality is null) return Results.Problem(statusCode: 404, title: "Unknown municipality", detail: $"No municipality has the code '{municipalityCode}'.");
        return await MayEditAsync(user, municipality.Id) ? null
            : Results.Problem(statusCode: 403, title: "Not your municipality", detail: $"Only staff of {municipality.Name} ({municipality.Code}) may change its plan.");
    }

    public async Task<bool> MayEditAsync(ClaimsPrincipal user, int municipalityId)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        if (user.IsInRole(Roles.PlatformAdmin)) return true;
        if (!user.IsInRole(Roles.MunicipalityStaff)) return false;
        var account = await users.GetUserAsync(user);
        return account?.MunicipalityId == municipalityId;
    }
}
