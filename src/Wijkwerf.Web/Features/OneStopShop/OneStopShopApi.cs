using Microsoft.EntityFrameworkCore;
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

    /// <summary>Web defaults with every enum as its name (stage, tenure, dwelling type, kind …), for this module's
    /// answers only: other modules' APIs keep their own settings.</summary>
    public static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static IResult Ok(object? value) => Results.Json(value, Json);

    private static IResult Created(string location, object? value) => new LocationResult(Results.Json(value, Json, statusCode: StatusCodes.Status201Created), location);

    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
        services.AddScoped<Pool>();
        services.AddScoped<ClimateTables>();
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
    public sealed record AssignRequest(long MemberId, string[] Qualifications, DateOnly? Date);
    public sealed record FinishRequest(DateOnly FinishedOn, Dictionary<string, int> Scores);
    public sealed record ClimateTableRequest(DateOnly Date, string Place, string Topic, string? DistrictCode);
    public sealed record InvitationRequest(long[]? UnitIds, string? Addresses);
    public sealed record AttendanceRequest(Attendance[] Attendance);

    public static IEndpointRouteBuilder MapOneStopShopApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/one-stop-shop").WithTags("OneStopShop").RequireAuthorization(Policy)
            .AddEndpointFilter(async (ctx, next) =>
            {
                try { return await next(ctx); }
                catch (JourneyRefusedException e)
                {
                    // The code and stages for programs, the words in the request's language (?lang= or the cookie) for people.
                    var texts = OneStopShopTexts.For(ctx.HttpContext.RequestServices.GetRequiredService<Localization.Language>().Code).ReasonTexts;
                    var r = e.Refusal;
                    return Results.Problem(statusCode: 400, title: "Not possible", detail: texts.Text(r), extensions: new Dictionary<string, object?>
                    {
                        ["code"] = r.Code.ToString(),
                        ["current"] = r.Current.ToString(),
                        ["next"] = r.Next.ToString(),
                        ["skipped"] = r.Skipped.Select(s => s.ToString()).ToArray(),
                        ["allowed"] = r.Allowed.Select(s => s.ToString()).ToArray(),
                    });
                }
                catch (OneStopShopException e) { return Results.Problem(statusCode: 400, title: "Not possible", detail: e.Message); }
                catch (HouseholdNotFoundException e) { return Results.Problem(statusCode: 404, title: "Unknown household", detail: e.Message); }
                catch (NotInMunicipalityException e) { return Results.Problem(statusCode: 404, title: "Not found", detail: e.Message); }
                catch (Data.Import.BadInputException e) { return Results.Problem(statusCode: 400, title: "Bad input", detail: e.Message); }
                catch (NoMunicipalityException) { return Results.Problem(statusCode: 403, title: "No municipality", detail: "Your account belongs to no municipality."); }
            });

        api.MapGet("/reach", async (string? district, CurrentStaff me, ReachQueries q, CancellationToken ct) =>
            Ok(await q.ReachAsync((await me.GetAsync(ct)).MunicipalityId, district, ct)));
        api.MapGet("/reach/{district}/map", async (string district, CurrentStaff me, ReachQueries q, CancellationToken ct) =>
            Results.Text(await q.ReachMapAsync((await me.GetAsync(ct)).MunicipalityId, district, ct), Districts.DistrictsApi.GeoJson));

        api.MapGet("/households", async (string? district, CurrentStaff me, Households h, CancellationToken ct) =>
            Ok(await h.ListAsync(await me.GetAsync(ct), district, ct: ct)));
        api.MapPost("/households", async (NewHousehold r, CurrentStaff me, Households h, CancellationToken ct) =>
        {
            var staff = await me.GetAsync(ct);
            var created = await h.OpenAsync(staff, r.UnitId, r.Date ?? DateOnly.FromDateTime(DateTime.UtcNow), advisor: r.Advisor,
                details: new HouseholdChange(r.ContactName, r.Email, r.Phone, r.Advisor, null, r.Tenure), ct: ct);
            return Created($"/api/one-stop-shop/households/{created.Id}", await h.FindDetailAsync(staff, created.Id, ct));
        });
        api.MapGet("/households/{id:long}", async (long id, CurrentStaff me, Households h, CancellationToken ct) =>
            await h.FindDetailAsync(await me.GetAsync(ct), id, ct) is { } d ? Ok(d) : NotFound(id));
        api.MapPatch("/households/{id:long}", async (long id, HouseholdChange change, CurrentStaff me, Households h, CancellationToken ct) =>
            Ok(await h.UpdateAsync(await me.GetAsync(ct), id, change, ct)));
        api.MapPost("/households/{id:long}/stages", async (long id, StageRequest r, CurrentStaff me, Households h, CancellationToken ct) =>
            Ok(await h.RecordStageAsync(await me.GetAsync(ct), id, r.Stage, r.Date, r.Advisor, r.Note, r.Document, r.CampaignId, ct)));
        api.MapPost("/households/{id:long}/consents", async (long id, ConsentRequest r, CurrentStaff me, Households h, CancellationToken ct) =>
            Ok(await h.SetConsentAsync(await me.GetAsync(ct), id, r.Purpose, r.Given, r.Date, ct)));
        api.MapGet("/households/{id:long}/export", async (long id, CurrentStaff me, ResidentData data, CancellationToken ct) =>
            await data.ExportAsync(await me.GetAsync(ct), id, ct) is { } export ? WithDownload(Results.Json(export, Json), $"household-{id}.json") : NotFound(id));
        api.MapDelete("/households/{id:long}", async (long id, CurrentStaff me, ResidentData data, CancellationToken ct) =>
            await data.EraseAsync(await me.GetAsync(ct), id, ct) ? Results.NoContent() : NotFound(id));

        api.MapGet("/campaigns", async (CurrentStaff me, Campaigns c, CancellationToken ct) => Ok(await c.ResultsAsync(await me.GetAsync(ct), ct)));
        api.MapPost("/campaigns", async (CampaignRequest r, CurrentStaff me, Campaigns c, CancellationToken ct) =>
        {
            var created = await c.CreateAsync(await me.GetAsync(ct), r.Kind, r.Name, r.Date, r.DistrictCode, ct);
            return Created($"/api/one-stop-shop/campaigns/{created.Id}", new { created.Id, created.Name, created.Kind, created.Date, created.DistrictCode });
        });
        api.MapPost("/campaigns/{id:long}/reached", async (long id, ReachedRequest r, CurrentStaff me, Campaigns c, CancellationToken ct) =>
            Ok(new { newlyReached = await c.RecordReachedAsync(await me.GetAsync(ct), id, r.UnitIds, ct) }));

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
                return Ok(commit == true
                    ? await import.CommitAsync(staff, path, DateOnly.FromDateTime(DateTime.UtcNow), ct)
                    : await import.PreviewAsync(staff, path, ct));
            }
            finally { folder.Delete(recursive: true); }
        }).DisableAntiforgery();

        api.MapGet("/projects", async (CurrentStaff me, RenovationProjects p, CancellationToken ct) => Ok(await p.ListAsync((await me.GetAsync(ct)).MunicipalityId, ct)));
        api.MapGet("/projects/suggestions", async (string district, CurrentStaff me, RenovationProjects p, CancellationToken ct) =>
            Ok(await p.SuggestAsync((await me.GetAsync(ct)).MunicipalityId, district, ct)));
        api.MapPost("/projects", async (ProjectRequest r, CurrentStaff me, RenovationProjects p, CancellationToken ct) =>
        {
            var created = await p.CreateAsync((await me.GetAsync(ct)).MunicipalityId, r.Name, r.UnitIds, r.PlannedYear, r.FossilFree, ct);
            return Created($"/api/one-stop-shop/projects/{created.Id}", created);
        });
        api.MapPatch("/projects/{id:long}", async (long id, ProjectChange r, CurrentStaff me, RenovationProjects p, CancellationToken ct) =>
            Ok(await p.AdjustAsync((await me.GetAsync(ct)).MunicipalityId, id, r.Add ?? [], r.Remove ?? [], ct)));
        api.MapPost("/projects/{id:long}/status", async (long id, ProjectStatusRequest r, CurrentStaff me, RenovationProjects p, CancellationToken ct) =>
            Ok(await p.SetStatusAsync((await me.GetAsync(ct)).MunicipalityId, id, r.Status, r.FinishedOn, ct)));
        api.MapGet("/projects/{id:long}/permit", async (long id, CurrentStaff me, RenovationProjects p, CancellationToken ct) =>
            Ok(await p.PermitFileAsync((await me.GetAsync(ct)).MunicipalityId, id, ct)));
        api.MapGet("/projects/{id:long}/permit.xlsx", async (long id, CurrentStaff me, RenovationProjects p, CancellationToken ct) =>
        {
            var permit = await p.PermitFileAsync((await me.GetAsync(ct)).MunicipalityId, id, ct);
            var bytes = XlsxWriter.Write(new XlsxSheet("Adressen", ["straat", "huisnummer", "postcode", "plaats", "BAG-id", "bouwjaar", "woningtype"],
                permit.Addresses.Select(a => (IReadOnlyList<object?>)[a.Street, a.HouseNumber, a.Postcode, a.City, a.BagId, a.BuildYear, a.DwellingType?.ToString()])));
            return Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"permit-project-{id}.xlsx");
        });
        api.MapGet("/renovation-waves", async (CurrentStaff me, RenovationProjects p, CancellationToken ct) => Ok(await p.WavesAsync((await me.GetAsync(ct)).MunicipalityId, ct)));

        api.MapGet("/vulnerability/{district}", async (string district, CurrentStaff me, VulnerabilityProfiles v, CancellationToken ct) =>
            await v.ProfileAsync((await me.GetAsync(ct)).MunicipalityId, district, ct) is { } profile ? Ok(profile)
                : Results.Problem(statusCode: 404, title: "Unknown district", detail: $"No district '{district}' in your municipality."));
        api.MapPut("/vulnerability/{district}", async (string district, VulnerabilityScores scores, CurrentStaff me, VulnerabilityProfiles v, CancellationToken ct) =>
            Ok(await v.SetScoresAsync((await me.GetAsync(ct)).MunicipalityId, district, scores, ct)));

        api.MapPost("/financing-check", (FinancingRequest r, Localization.Language language) =>
        {
            try { return Ok(OneStopShopTexts.For(language.Code).ReasonTexts.Explain(FinancingCheck.Check(r), Json)); }
            catch (ArgumentException e) { return Results.Problem(statusCode: 400, title: "Bad request", detail: e.Message); }
        });
        api.MapGet("/reach.xlsx", async (string? district, CurrentStaff me, ReachQueries q, Campaigns c, CancellationToken ct) =>
        {
            var staff = await me.GetAsync(ct);
            var report = await q.ReachAsync(staff.MunicipalityId, district, ct);
            return Results.File(DashboardExport.Xlsx(report, await c.ResultsAsync(staff, ct)), XlsxType, $"reach-{district ?? report.MunicipalityCode}.xlsx");
        });
        api.MapGet("/dashboard.xlsx", async (string? district, CurrentStaff me, ReachQueries q, Campaigns c, CancellationToken ct) =>
        {
            var staff = await me.GetAsync(ct);
            var report = await q.ReachAsync(staff.MunicipalityId, district, ct);
            return Results.File(DashboardExport.Xlsx(report, await c.ResultsAsync(staff, ct)), XlsxType, $"dashboard-{district ?? report.MunicipalityCode}.xlsx");
        });
        api.MapGet("/dashboard.pdf", async (string? district, string? lang, CurrentStaff me, ReachQueries q, Campaigns c, Data.Storage.WijkwerfDb db, CancellationToken ct) =>
        {
            var staff = await me.GetAsync(ct);
            var report = await q.ReachAsync(staff.MunicipalityId, district, ct);
            var municipality = await db.Municipalities.Where(m => m.Id == staff.MunicipalityId).Select(m => m.Name).SingleAsync(ct);
            var html = DashboardExport.Html(report, await c.ResultsAsync(staff, ct), municipality, OneStopShopTexts.For(lang == "en" ? "en" : "nl"));
            try { return Results.File(await ChromiumPdf.PrintAsync(html, ct), "application/pdf", $"dashboard-{district ?? report.MunicipalityCode}.pdf"); }
            catch (InvalidOperationException e) { return Results.Problem(statusCode: 503, title: "PDF not available", detail: e.Message); }
        });

        MapPool(api);
        MapClimateTables(api);
        return app;
    }

    private static void MapPool(RouteGroupBuilder api)
    {
        static string[] Split(string? list) => (list ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        api.MapGet("/pool", async (CurrentStaff me, Pool p, CancellationToken ct) => Ok(await p.ListAsync(await me.GetAsync(ct), ct)));
        api.MapGet("/pool/qualifications", () => Ok(Engine.OneStopShop.Qualifications.All));
        api.MapPost("/pool", async (PoolMemberInput r, CurrentStaff me, Pool p, CancellationToken ct) =>
        {
            var created = await p.AddAsync(await me.GetAsync(ct), r, ct);
            return Created($"/api/one-stop-shop/pool/{created.Id}", created);
        });
        api.MapGet("/pool/{id:long}", async (long id, CurrentStaff me, Pool p, CancellationToken ct) =>
            await p.FindAsync(await me.GetAsync(ct), id, ct) is { } m ? Ok(m) : Results.Problem(statusCode: 404, title: "Not found", detail: $"no pool member {id} in this municipality"));
        api.MapPut("/pool/{id:long}", async (long id, PoolMemberInput r, CurrentStaff me, Pool p, CancellationToken ct) => Ok(await p.UpdateAsync(await me.GetAsync(ct), id, r, ct)));
        api.MapGet("/pool/jobs", async (CurrentStaff me, Pool p, CancellationToken ct) => Ok(await p.JobsAsync(await me.GetAsync(ct), null, ct)));
        api.MapPost("/pool/jobs/{id:long}/finish", async (long id, FinishRequest r, CurrentStaff me, Pool p, CancellationToken ct) =>
            Ok(await p.FinishAsync(await me.GetAsync(ct), id, r.FinishedOn, r.Scores ?? [], ct)));
        // Every match with its why and every reason with its code, figures and text, in the request's language.
        static IResult Explained(PoolMatchResult result, Localization.Language language) => Ok(OneStopShopTexts.For(language.Code).ReasonTexts.Explain(result, Json));
        api.MapGet("/households/{id:long}/pool-matches", async (long id, string? qualifications, PoolMemberKind? kind, CurrentStaff me, Pool p, Localization.Language language, CancellationToken ct) =>
            Explained(await p.MatchAsync(await me.GetAsync(ct), PoolTarget.Household(id), Split(qualifications), kind, ct), language));
        api.MapGet("/projects/{id:long}/pool-matches", async (long id, string? qualifications, PoolMemberKind? kind, CurrentStaff me, Pool p, Localization.Language language, CancellationToken ct) =>
            Explained(await p.MatchAsync(await me.GetAsync(ct), PoolTarget.Project(id), Split(qualifications), kind, ct), language));
        api.MapPost("/households/{id:long}/pool-jobs", async (long id, AssignRequest r, CurrentStaff me, Pool p, CancellationToken ct) =>
            Ok(await p.AssignAsync(await me.GetAsync(ct), r.MemberId, PoolTarget.Household(id), r.Qualifications ?? [], r.Date ?? DateOnly.FromDateTime(DateTime.UtcNow), ct)));
        api.MapPost("/projects/{id:long}/pool-jobs", async (long id, AssignRequest r, CurrentStaff me, Pool p, CancellationToken ct) =>
            Ok(await p.AssignAsync(await me.GetAsync(ct), r.MemberId, PoolTarget.Project(id), r.Qualifications ?? [], r.Date ?? DateOnly.FromDateTime(DateTime.UtcNow), ct)));
    }

    private static void MapClimateTables(RouteGroupBuilder api)
    {
        api.MapGet("/climate-tables", async (CurrentStaff me, ClimateTables t, CancellationToken ct) => Ok(await t.ListAsync(await me.GetAsync(ct), ct)));
        api.MapPost("/climate-tables", async (ClimateTableRequest r, CurrentStaff me, ClimateTables t, CancellationToken ct) =>
        {
            var created = await t.CreateAsync(await me.GetAsync(ct), r.Date, r.Place, r.Topic, r.DistrictCode, ct);
            return Created($"/api/one-stop-shop/climate-tables/{created.Id}", created);
        });
        api.MapGet("/climate-tables/{id:long}", async (long id, CurrentStaff me, ClimateTables t, CancellationToken ct) => Ok(await t.DetailAsync(await me.GetAsync(ct), id, ct)));
        api.MapPost("/climate-tables/{id:long}/invitations", async (long id, InvitationRequest r, CurrentStaff me, ClimateTables t, CancellationToken ct) =>
        {
            var staff = await me.GetAsync(ct);
            var added = r.UnitIds is { Length: > 0 } ? await t.InviteAsync(staff, id, r.UnitIds, ct) : 0;
            var byAddress = r.Addresses is { Length: > 0 } ? await t.InviteByAddressAsync(staff, id, r.Addresses, ct) : new InvitationResult(0, []);
            return Ok(new InvitationResult(added + byAddress.Added, byAddress.Problems));
        });
        api.MapPost("/climate-tables/{id:long}/attendance", async (long id, AttendanceRequest r, CurrentStaff me, ClimateTables t, CancellationToken ct) =>
            Ok(await t.RecordAttendanceAsync(await me.GetAsync(ct), id, r.Attendance ?? [], ct)));
    }

    private static IResult WithDownload(IResult result, string fileName) => new DownloadResult(result, fileName);

    private sealed class LocationResult(IResult inner, string location) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.Headers.Location = location;
            return inner.ExecuteAsync(http);
        }
    }

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

/// <summary>The dashboard — funnel, reach per segment, district and street, campaign results — as a workbook (one sheet
/// per table) and as a printable HTML page for the PDF. Both read the same suppressed report, so a count of 1–4 is an
/// empty cell or "&lt; 5" there too.</summary>
public static class DashboardExport
{
    public static byte[] Xlsx(ReachReport r, IReadOnlyList<CampaignResult> campaigns)
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
            new XlsxSheet("campaigns", ["name", "kind", "date", "reached", "advice_or_further", "decided"],
                campaigns.Select(c => (IReadOnlyList<object?>)[c.Name, c.Kind.ToString(), c.Date.ToString("yyyy-MM-dd"), c.Reached, c.AdviceOrFurther, c.Decided])),
        ]);
    }

    public static string Html(ReachReport r, IReadOnlyList<CampaignResult> campaigns, string municipality, OneStopShopTexts o)
    {
        var culture = System.Globalization.CultureInfo.GetCultureInfo(o == OneStopShopTexts.En ? "en-GB" : "nl-NL");
        static string E(string? s) => System.Net.WebUtility.HtmlEncode(s ?? "");
        string N(int? v) => v is null ? E(o.Suppressed) : v.Value.ToString("N0", culture);
        string P(double? v) => v is null ? "–" : v.Value.ToString("P0", culture);
        var b = new System.Text.StringBuilder();
        b.Append($"<!doctype html><html lang=\"{(o == OneStopShopTexts.En ? "en" : "nl")}\"><head><meta charset=\"utf-8\"><title>{E(o.Title)}</title><style>")
            .Append("@page{size:A4;margin:16mm}body{font-family:sans-serif;font-size:10pt}table{border-collapse:collapse;margin:0 0 12pt}th,td{border:1px solid #999;padding:2pt 6pt;text-align:left}td.num{text-align:right}")
            .Append("</style></head><body>");
        b.Append($"<h1>{E(o.Title)}</h1><p>{E(municipality)}{(r.DistrictCode is null ? "" : " · " + E(r.DistrictCode))} · {DateTime.UtcNow:yyyy-MM-dd}</p>");
        b.Append($"<table><tr><th>{E(o.Addresses)}</th><td class=num>{r.Addresses.ToString("N0", culture)}</td></tr><tr><th>{E(o.Reached)}</th><td class=num>{N(r.Reached)}</td></tr><tr><th>{E(o.Share)}</th><td class=num>{P(r.Share)}</td></tr></table>");
        b.Append($"<p>{E(o.SuppressionNote)}</p>");
        b.Append($"<h2>{E(o.FunnelHeading)}</h2><table><tr><th>{E(o.Stage)}</th><th>{E(o.Households)}</th></tr>");
        foreach (var f in r.Funnel) b.Append($"<tr><td>{E(o.Stages[f.Stage.ToString()])}</td><td class=num>{N(f.Households)}</td></tr>");
        b.Append("</table>");
        b.Append($"<h2>{E(o.SegmentsHeading)}</h2>");
        foreach (var (segment, rows) in r.Segments)
        {
            b.Append($"<h3>{E(o.SegmentNames[segment])}</h3><table><tr><th>{E(o.SegmentNames[segment])}</th><th>{E(o.Addresses)}</th><th>{E(o.Reached)}</th><th>{E(o.Share)}</th></tr>");
            foreach (var x in rows.Where(x => x.Addresses != 0))
                b.Append($"<tr><td>{E(o.Name(x.Key))}</td><td class=num>{N(x.Addresses)}</td><td class=num>{N(x.Reached)}</td><td class=num>{P(x.Share)}</td></tr>");
            b.Append("</table>");
        }
        b.Append($"<h2>{E(o.CampaignsHeading)}</h2><table><tr><th>{E(o.CampaignName)}</th><th>{E(o.CampaignKind)}</th><th>{E(o.Date)}</th><th>{E(o.Reached)}</th><th>{E(o.AdviceOrFurther)}</th><th>{E(o.Decided)}</th></tr>");
        foreach (var c in campaigns)
            b.Append($"<tr><td>{E(c.Name)}</td><td>{E(o.CampaignKinds[c.Kind.ToString()])}</td><td>{c.Date.ToString("d", culture)}</td><td class=num>{N(c.Reached)}</td><td class=num>{N(c.AdviceOrFurther)}</td><td class=num>{N(c.Decided)}</td></tr>");
        b.Append("</table></body></html>");
        return b.ToString();
    }
}
