using Microsoft.AspNetCore.Identity;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Lekp;
using Wijkwerf.Data.Modules;
using Wijkwerf.Data.OneStopShop;
using Wijkwerf.Data.Reports;
using Wijkwerf.Domain.OneStopShop;
using Wijkwerf.Engine.OneStopShop;

namespace Wijkwerf.Web.Features.OneStopShop;

/// <summary>The one-stop shop's JSON API under <c>/api/one-stop-shop</c>. Only municipality staff with a municipality
/// get in; every household query is scoped to that municipality, so another municipality's household answers 404.</summary>
public static class OneStopShopApi
{
    /// <summary>Who may use the one-stop shop: municipality staff (the tenant is their municipality).</summary>
    public const string Policy = "one-stop-shop";

    public static IServiceCollection AddOneStopShop(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireRole(Roles.MunicipalityStaff));
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentStaff>();
        services.AddScoped<Households>();
        services.AddScoped<Campaigns>();
        services.AddScoped<ReachQueries>();
        services.AddScoped<ContactListImport>();
        services.AddScoped<RenovationProjects>();
        services.AddScoped<ResidentData>();
        services.AddScoped<VulnerabilityProfiles>();
        services.AddScoped<IPersonalData, OneStopShopPersonalData>();
        return services;
    }

    public sealed record NewHousehold(long UnitId, string? ContactName, string? Email, string? Phone, Tenure? Tenure, string? Advisor, DateOnly? Date);
    public sealed record StageRequest(JourneyStage Stage, DateOnly Date, string? Advisor, string? Note, string? Document, long? CampaignId);
    public sealed record ConsentRequest(ConsentPurpose Purpose, bool Given, DateOnly Date);
    public sealed record CampaignRequest(CampaignKind Kind, string Name, DateOnly Date, string? DistrictCode);
    public sealed record ReachedRequest(long[] UnitIds);
    public sealed record ProjectRequest(string Name, long[] UnitIds, int? PlannedYear, bool FossilFree);
    public sealed record ProjectChange(long[]? Add, long[]? Remove);
    public sealed record ProjectStatusRequest(RenovationProjectStatus Status, DateOnly? FinishedOn);

    public static IEndpointRouteBuilder MapOneStopShopApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/one-stop-shop").WithTags("OneStopShop").RequireAuthorization(Policy)
            .AddEndpointFilter(async (ctx, next) =>
            {
                try { return await next(ctx); }
                catch (OneStopShopException e) { return Results.Problem(statusCode: 400, title: "Not possible", detail: e.Message); }
                catch (HouseholdNotFoundException e) { return Results.Problem(statusCode: 404, title: "Unknown household", detail: e.Message); }
                catch (Data.Import.BadInputException e) { return Results.Problem(statusCode: 400, title: "Bad input", detail: e.Message); }
                catch (NoMunicipalityException) { return Results.Problem(statusCode: 403, title: "No municipality", detail: "Your account belongs to no municipality."); }
            });

        api.MapGet("/reach", async (string? district, CurrentStaff me, ReachQueries q, CancellationToken ct) =>
            Results.Ok(await q.ReachAsync((await me.GetAsync(ct)).MunicipalityId, district, ct)));
        api.MapGet("/reach/{district}/map", async (string district, CurrentStaff me, ReachQueries q, CancellationToken ct) =>
            Results.Text(await q.ReachMapAsync((await me.GetAsync(ct)).MunicipalityId, district, ct), Districts.DistrictsApi.GeoJson));

        api.MapGet("/households", async (string? district, CurrentStaff me, Households h, CancellationToken ct) =>
            Results.Ok(await h.ListAsync(await me.GetAsync(ct), district, ct: ct)));
        api.MapPost("/households", async (NewHousehold r, CurrentStaff me, Households h, CancellationToken ct) =>
        {
            var staff = await me.GetAsync(ct);
            var created = await h.OpenAsync(staff, r.UnitId, r.Date ?? DateOnly.FromDateTime(DateTime.UtcNow), advisor: r.Advisor,
                details: new HouseholdChange(r.ContactName, r.Email, r.Phone, r.Advisor, null, r.Tenure), ct: ct);
            return Results.Created($"/api/one-stop-shop/households/{created.Id}", await h.FindDetailAsync(staff, created.Id, ct));
        });
        api.MapGet("/households/{id:long}", async (long id, CurrentStaff me, Households h, CancellationToken ct) =>
            await h.FindDetailAsync(await me.GetAsync(ct), id, ct) is { } d ? Results.Ok(d) : NotFound(id));
        api.MapPatch("/households/{id:long}", async (long id, HouseholdChange change, CurrentStaff me, Households h, CancellationToken ct) =>
            Results.Ok(await h.UpdateAsync(await me.GetAsync(ct), id, change, ct)));
        api.MapPost("/households/{id:long}/stages", async (long id, StageRequest r, CurrentStaff me, Households h, CancellationToken ct) =>
            Results.Ok(await h.RecordStageAsync(await me.GetAsync(ct), id, r.Stage, r.Date, r.Advisor, r.Note, r.Document, r.CampaignId, ct)));
        api.MapPost("/households/{id:long}/consents", async (long id, ConsentRequest r, CurrentStaff me, Households h, CancellationToken ct) =>
            Results.Ok(await h.SetConsentAsync(await me.GetAsync(ct), id, r.Purpose, r.Given, r.Date, ct)));
        api.MapGet("/households/{id:long}/export", async (long id, CurrentStaff me, ResidentData data, CancellationToken ct) =>
            await data.ExportAsync(await me.GetAsync(ct), id, ct) is { } export ? WithDownload(Results.Json(export), $"household-{id}.json") : NotFound(id));
        api.MapDelete("/households/{id:long}", async (long id, CurrentStaff me, ResidentData data, CancellationToken ct) =>
            await data.EraseAsync(await me.GetAsync(ct), id, ct) ? Results.NoContent() : NotFound(id));

        api.MapGet("/campaigns", async (CurrentStaff me, Campaigns c, CancellationToken ct) => Results.Ok(await c.ResultsAsync(await me.GetAsync(ct), ct)));
        api.MapPost("/campaigns", async (CampaignRequest r, CurrentStaff me, Campaigns c, CancellationToken ct) =>
        {
            var created = await c.CreateAsync(await me.GetAsync(ct), r.Kind, r.Name, r.Date, r.DistrictCode, ct);
            return Results.Created($"/api/one-stop-shop/campaigns/{created.Id}", new { created.Id, created.Name, created.Kind, created.Date, created.DistrictCode });
        });
        api.MapPost("/campaigns/{id:long}/reached", async (long id, ReachedRequest r, CurrentStaff me, Campaigns c, CancellationToken ct) =>
            Results.Ok(new { newlyReached = await c.RecordReachedAsync(await me.GetAsync(ct), id, r.UnitIds, ct) }));

        // Two steps: without commit=true nothing is stored; the same file with commit=true stores the valid rows.
        api.MapPost("/contact-lists", async (IFormFile? file, bool? commit, CurrentStaff me, ContactListImport import, CancellationToken ct) =>
        {
            if (file is null || file.Length == 0) return Results.Problem(statusCode: 400, title: "No file", detail: "Send the CSV as multipart/form-data field 'file'.");
            var staff = await me.GetAsync(ct);
            var folder = Directory.CreateTempSubdirectory("wijkwerf-contacts");
            try
            {
                var path = Path.Combine(folder.FullName, Path.GetFileName(file.FileName));
                await using (var s = File.Create(path)) await file.CopyToAsync(s, ct);
                return Results.Ok(commit == true
                    ? await import.CommitAsync(staff, path, DateOnly.FromDateTime(DateTime.UtcNow), ct)
                    : await import.PreviewAsync(staff, path, ct));
            }
            finally { folder.Delete(recursive: true); }
        }).DisableAntiforgery();

        api.MapGet("/projects", async (CurrentStaff me, RenovationProjects p, CancellationToken ct) => Results.Ok(await p.ListAsync((await me.GetAsync(ct)).MunicipalityId, ct)));
        api.MapGet("/projects/suggestions", async (string district, CurrentStaff me, RenovationProjects p, CancellationToken ct) =>
            Results.Ok(await p.SuggestAsync((await me.GetAsync(ct)).MunicipalityId, district, ct)));
        api.MapPost("/projects", async (ProjectRequest r, CurrentStaff me, RenovationProjects p, CancellationToken ct) =>
        {
            var created = await p.CreateAsync((await me.GetAsync(ct)).MunicipalityId, r.Name, r.UnitIds, r.PlannedYear, r.FossilFree, ct);
            return Results.Created($"/api/one-stop-shop/projects/{created.Id}", created);
        });
        api.MapPatch("/projects/{id:long}", async (long id, ProjectChange r, CurrentStaff me, RenovationProjects p, CancellationToken ct) =>
            Results.Ok(await p.AdjustAsync((await me.GetAsync(ct)).MunicipalityId, id, r.Add ?? [], r.Remove ?? [], ct)));
        api.MapPost("/projects/{id:long}/status", async (long id, ProjectStatusRequest r, CurrentStaff me, RenovationProjects p, CancellationToken ct) =>
            Results.Ok(await p.SetStatusAsync((await me.GetAsync(ct)).MunicipalityId, id, r.Status, r.FinishedOn, ct)));
        api.MapGet("/projects/{id:long}/permit", async (long id, CurrentStaff me, RenovationProjects p, CancellationToken ct) =>
            Results.Ok(await p.PermitFileAsync((await me.GetAsync(ct)).MunicipalityId, id, ct)));
        api.MapGet("/projects/{id:long}/permit.xlsx", async (long id, CurrentStaff me, RenovationProjects p, CancellationToken ct) =>
        {
            var permit = await p.PermitFileAsync((await me.GetAsync(ct)).MunicipalityId, id, ct);
            var bytes = XlsxWriter.Write(new XlsxSheet("Adressen", ["straat", "huisnummer", "postcode", "plaats", "BAG-id", "bouwjaar", "woningtype"],
                permit.Addresses.Select(a => (IReadOnlyList<object?>)[a.Street, a.HouseNumber, a.Postcode, a.City, a.BagId, a.BuildYear, a.DwellingType?.ToString()])));
            return Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"permit-project-{id}.xlsx");
        });
        api.MapGet("/renovation-waves", async (CurrentStaff me, RenovationProjects p, CancellationToken ct) => Results.Ok(await p.WavesAsync((await me.GetAsync(ct)).MunicipalityId, ct)));

        api.MapGet("/vulnerability/{district}", async (string district, CurrentStaff me, VulnerabilityProfiles v, CancellationToken ct) =>
            await v.ProfileAsync((await me.GetAsync(ct)).MunicipalityId, district, ct) is { } profile ? Results.Ok(profile)
                : Results.Problem(statusCode: 404, title: "Unknown district", detail: $"No district '{district}' in your municipality."));
        api.MapPut("/vulnerability/{district}", async (string district, VulnerabilityScores scores, CurrentStaff me, VulnerabilityProfiles v, CancellationToken ct) =>
            Results.Ok(await v.SetScoresAsync((await me.GetAsync(ct)).MunicipalityId, district, scores, ct)));

        api.MapPost("/financing-check", (FinancingRequest r) =>
        {
            try { return Results.Ok(FinancingCheck.Check(r)); }
            catch (ArgumentException e) { return Results.Problem(statusCode: 400, title: "Bad request", detail: e.Message); }
        });
        api.MapGet("/reach.xlsx", async (string? district, CurrentStaff me, ReachQueries q, CancellationToken ct) =>
        {
            var report = await q.ReachAsync((await me.GetAsync(ct)).MunicipalityId, district, ct);
            return Results.File(ReachExport.Xlsx(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"reach-{district ?? report.MunicipalityCode}.xlsx");
        });
        return app;
    }

    private static IResult WithDownload(IResult result, string fileName) => new DownloadResult(result, fileName);

    private sealed class DownloadResult(IResult inner, string fileName) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            return inner.ExecuteAsync(http);
        }
    }

    private static IResult NotFound(long id) => Results.Problem(statusCode: 404, title: "Unknown household", detail: $"No household {id} in your municipality.");
}

/// <summary>The signed-in staff member as a <see cref="Staff"/> (their municipality is the tenant).</summary>
public sealed class CurrentStaff(IHttpContextAccessor http, UserManager<WijkwerfUser> users)
{
    private Staff? _staff;

    public async Task<Staff> GetAsync(CancellationToken ct)
    {
        if (_staff is not null) return _staff;
        ct.ThrowIfCancellationRequested();
        var user = await users.GetUserAsync(http.HttpContext!.User);
        if (user?.MunicipalityId is not { } municipality) throw new NoMunicipalityException();
        return _staff = new Staff(municipality, user.Id);
    }

    /// <summary>Null when the user is not staff of a municipality.</summary>
    public async Task<Staff?> FindAsync(CancellationToken ct)
    {
        try { return await GetAsync(ct); }
        catch (NoMunicipalityException) { return null; }
    }
}

public sealed class NoMunicipalityException() : Exception("the account belongs to no municipality");

/// <summary>Reach tables as a workbook (one sheet per table), suppressed cells left empty.</summary>
public static class ReachExport
{
    public static byte[] Xlsx(ReachReport r)
    {
        IReadOnlyList<string> header = ["key", "label", "addresses", "reached", "share"];
        XlsxSheet Sheet(string name, IEnumerable<ReachRow> rows) =>
            new(name, header, rows.Select(x => (IReadOnlyList<object?>)[x.Key, x.Label, x.Addresses, x.Reached, x.Share]));
        return XlsxWriter.Write(
        [
            new XlsxSheet("funnel", ["stage", "households"], r.Funnel.Select(f => (IReadOnlyList<object?>)[f.Stage.ToString(), f.Households])),
            .. r.Segments.Select(s => Sheet(s.Key, s.Value)),
            Sheet("districts", r.Districts),
            Sheet("streets", r.Streets),
        ]);
    }
}
