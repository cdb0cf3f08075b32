using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Modules;
using Wijkwerf.Data.Operations;
using Wijkwerf.Data.Reports;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Operations;

namespace Wijkwerf.Web.Features.Operations;

public sealed record ScoreRequest(int ReviewerId, int CriterionId, int Value, string? Comment);
public sealed record ReviewerRequest(string Name, string Email, string Organisation, int? MunicipalityId);
public sealed record SelectionRequest(IReadOnlyList<int>? ApplicationIds);
public sealed record ValidationRequest(int EntryId, string ValidatedBy, string Reason);
public sealed record LabRequest(string Title, DateTime HeldAtUtc, string? Place, string? Notes);
public sealed record MeasurementRequest(string Indicator, DateOnly MeasuredOn, double Value, bool IsBaseline, string? Note);

/// <summary>The platform team's operations as JSON: the forum, calls for applications, action research with practice
/// labs, and the outcome monitor. Refusals (a full session is not one: it answers "waiting") are 400 problems whose
/// detail says what was refused and why; unknown things are 404.</summary>
public static class OperationsApi
{
    /// <summary>Runs the forum, the calls and the practice labs; checks people in.</summary>
    public const string Team = "operations-team";
    /// <summary>Logs action research, applies for calls, records measurements.</summary>
    public const string Contributors = "operations-contributors";

    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<ForumService>();
        services.AddScoped<CallService>();
        services.AddScoped<ResearchService>();
        services.AddScoped<OutcomeService>();
        services.AddSingleton(sp => Forum.ForumReminderOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddHostedService<Forum.ForumReminderWorker>();
        services.AddSingleton<IDemoSeed, OperationsDemoSeed>();
        services.AddScoped<IPersonalData, OperationsPersonalData>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Team, p => p.RequireRole(Roles.PlatformAdmin))
            .AddPolicy(Contributors, p => p.RequireRole(Roles.PlatformAdmin, Roles.MunicipalityStaff, Roles.Expert));
        return services;
    }

    public static IEndpointRouteBuilder MapOperationsApi(this IEndpointRouteBuilder app)
    {
        MapForum(app.MapGroup("/api/forum").WithTags("Forum"));
        MapCalls(app.MapGroup("/api/calls").WithTags("Calls"));
        MapResearch(app.MapGroup("/api").WithTags("Action research"));
        MapOutcomes(app.MapGroup("/api/outcomes").WithTags("Outcomes"));
        return app;
    }

    private static void MapForum(RouteGroupBuilder api)
    {
        api.MapGet("/events", async (ForumService f, CancellationToken ct) => Results.Ok(await f.EventsAsync(ct)));
        api.MapGet("/events/{id:int}", async (int id, ForumService f, CancellationToken ct) =>
            await f.EventAsync(id, ct) is { } e ? Results.Ok(e) : NotFound("event", id));
        api.MapPost("/events", (NewEvent e, ForumService f, CancellationToken ct) =>
            Guard(async () => Results.Created($"/api/forum/events/{await f.CreateEventAsync(e, ct)}", null))).RequireAuthorization(Team);
        api.MapPut("/events/{id:int}", (int id, NewEvent e, ForumService f, CancellationToken ct) =>
            Guard(async () => { await f.UpdateEventAsync(id, e, ct); return Results.NoContent(); })).RequireAuthorization(Team);
        api.MapPost("/events/{id:int}/sessions", (int id, NewSession s, ForumService f, CancellationToken ct) =>
            Guard(async () => Results.Ok(new { id = await f.AddSessionAsync(id, s, ct) }))).RequireAuthorization(Team);
        api.MapPut("/sessions/{sessionId:int}", (int sessionId, NewSession s, ForumService f, CancellationToken ct) =>
            Guard(async () => { await f.UpdateSessionAsync(sessionId, s, ct); return Results.NoContent(); })).RequireAuthorization(Team);
        // Calls the session off for everyone (a person cancels their own booking under /registrations/{code}/sessions).
        api.MapDelete("/sessions/{sessionId:int}", (int sessionId, ForumService f, CancellationToken ct) =>
            Guard(async () => Results.Ok(new { notified = await f.CallOffSessionAsync(sessionId, ct) }))).RequireAuthorization(Team);

        // Anyone may register (no account needed); the answer holds the personal check-in code.
        api.MapPost("/events/{id:int}/registrations", (int id, RegistrationRequest r, ClaimsPrincipal user, ForumService f, CancellationToken ct) =>
            Guard(async () =>
            {
                var row = await f.RegisterAsync(id, r with { UserId = user.FindFirstValue(ClaimTypes.NameIdentifier) }, ct);
                return Results.Created($"/api/forum/registrations/{row.Code}", row);
            })).DisableAntiforgery();
        api.MapGet("/events/{id:int}/registrations", async (int id, ForumService f, CancellationToken ct) =>
            Results.Ok(await f.RegistrationsAsync(id, ct))).RequireAuthorization(Team);
        api.MapGet("/registrations/{code}", async (string code, ForumService f, CancellationToken ct) =>
            await f.RegistrationAsync(code, ct) is { } r ? Results.Ok(r) : NotFound("registration", code));
        api.MapDelete("/registrations/{code}", (string code, ForumService f, CancellationToken ct) => Guard(async () => Results.Ok(await f.CancelAsync(code, ct))));
        api.MapPost("/registrations/{code}/sessions/{sessionId:int}", (string code, int sessionId, ForumService f, CancellationToken ct) =>
            Guard(async () => Results.Ok(await f.BookSessionAsync(code, sessionId, ct))));
        api.MapDelete("/registrations/{code}/sessions/{sessionId:int}", (string code, int sessionId, ForumService f, CancellationToken ct) =>
            Guard(async () => Results.Ok(await f.CancelSessionAsync(code, sessionId, ct))));
        api.MapPost("/checkin/{code}", (string code, ForumService f, CancellationToken ct) =>
            Guard(async () => Results.Ok(await f.CheckInAsync(code, ct)))).RequireAuthorization(Team);
        api.MapPost("/events/{id:int}/reminders", (int id, HttpRequest req, ForumService f, CancellationToken ct) =>
            Guard(async () => Results.Ok(new { sent = await f.SendRemindersAsync(id, $"{req.Scheme}://{req.Host}{req.PathBase}", ct) }))).RequireAuthorization(Team);

        api.MapGet("/events/{id:int}/calendar.ics", async (int id, ForumService f, TimeProvider clock, CancellationToken ct) =>
            await f.EventAsync(id, ct) is { } e
                ? Results.Text(ICalendar.Write(e.Event.Title, ICalendar.ForEvent(e), clock.GetUtcNow().UtcDateTime), ICalendar.ContentType)
                : NotFound("event", id));
        api.MapGet("/registrations/{code}/calendar.ics", async (string code, ForumService f, TimeProvider clock, CancellationToken ct) =>
        {
            if (await f.RegistrationAsync(code, ct) is not { } r || await f.EventAsync(r.EventId, ct) is not { } e) return NotFound("registration", code);
            var mine = r.Sessions.Where(s => s.Status == SeatStatus.Confirmed).Select(s => s.SessionId);
            return Results.Text(ICalendar.Write(e.Event.Title, ICalendar.ForEvent(e, mine), clock.GetUtcNow().UtcDateTime), ICalendar.ContentType);
        });
        api.MapGet("/events/{id:int}/attendance.xlsx", async (int id, ForumService f, CancellationToken ct) =>
            await f.EventAsync(id, ct) is { } e
                ? Results.File(ForumPaperwork.AttendanceXlsx(e, await f.RegistrationsAsync(id, ct)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"attendance-{id}.xlsx")
                : NotFound("event", id)).RequireAuthorization(Team);
        api.MapGet("/events/{id:int}/badges.pdf", async (int id, ForumService f, CancellationToken ct) =>
            await f.EventAsync(id, ct) is { } e
                ? Results.File(await ChromiumPdf.PrintAsync(ForumPaperwork.BadgesHtml(e, await f.RegistrationsAsync(id, ct)), ct), "application/pdf", $"badges-{id}.pdf")
                : NotFound("event", id)).RequireAuthorization(Team);
    }

    private static void MapCalls(RouteGroupBuilder api)
    {
        api.MapGet("/", async (CallService c, CancellationToken ct) => Results.Ok(await c.CallsAsync(ct)));
        api.MapGet("/{id:int}", async (int id, CallService c, CancellationToken ct) => await c.CallAsync(id, ct) is { } call ? Results.Ok(call) : NotFound("call", id));
        api.MapPost("/", (NewCall call, CallService c, CancellationToken ct) =>
            Guard(async () => Results.Created($"/api/calls/{await c.CreateAsync(call, ct)}", null))).RequireAuthorization(Team);
        api.MapPut("/{id:int}", (int id, NewCall call, CallService c, CancellationToken ct) =>
            Guard(async () => { await c.UpdateAsync(id, call, ct); return Results.NoContent(); })).RequireAuthorization(Team);
        api.MapGet("/{id:int}/review-board", (int id, CallService c, CancellationToken ct) =>
            Guard(async () => Results.Ok(await c.ReviewBoardAsync(id, ct)))).RequireAuthorization(Team);

        api.MapPost("/{id:int}/applications", (int id, ApplicationForm form, HttpContext http, CallService c, WijkwerfDb db, UserManager<WijkwerfUser> users, CancellationToken ct) =>
            Guard(async () =>
            {
                if (await TenantRefusalAsync(http.User, form.DistrictCode, db, users, ct) is { } refusal) return refusal;
                return Results.Ok(await c.SaveDraftAsync(id, form with { UserId = users.GetUserId(http.User) }, ct));
            })).RequireAuthorization(Contributors);
        api.MapPost("/applications/{appId:int}/submit", (int appId, HttpContext http, CallService c, WijkwerfDb db, UserManager<WijkwerfUser> users, CancellationToken ct) =>
            Guard(async () =>
            {
                if (await c.ApplicationAsync(appId, ct) is not { } a) return NotFound("application", appId);
                if (await TenantRefusalAsync(http.User, a.DistrictCode, db, users, ct) is { } refusal) return refusal;
                return Results.Ok(await c.SubmitAsync(appId, ct));
            })).RequireAuthorization(Contributors);
        api.MapPost("/applications/{appId:int}/attachments", (int appId, IFormFile file, HttpContext http, CallService c, WijkwerfDb db, UserManager<WijkwerfUser> users, CancellationToken ct) =>
            Guard(async () =>
            {
                if (await c.ApplicationAsync(appId, ct) is not { } a) return NotFound("application", appId);
                if (await TenantRefusalAsync(http.User, a.DistrictCode, db, users, ct) is { } refusal) return refusal;
                using var ms = new MemoryStream();
                await file.CopyToAsync(ms, ct);
                await c.AttachAsync(appId, file.FileName, file.ContentType, ms.ToArray(), ct);
                return Results.Ok(await c.ApplicationAsync(appId, ct));
            })).RequireAuthorization(Contributors).DisableAntiforgery();
        api.MapGet("/{id:int}/applications", async (int id, CallService c, CancellationToken ct) => Results.Ok(await c.ApplicationsAsync(id, ct))).RequireAuthorization(Team);
        api.MapGet("/{id:int}/reviewers", async (int id, CallService c, CancellationToken ct) => Results.Ok(await c.ReviewersAsync(id, ct))).RequireAuthorization(Team);
        api.MapPost("/{id:int}/reviewers", (int id, ReviewerRequest r, CallService c, CancellationToken ct) =>
            Guard(async () => Results.Ok(new { id = await c.AddReviewerAsync(id, r.Name, r.Email, r.Organisation, r.MunicipalityId, ct) }))).RequireAuthorization(Team);
        api.MapPost("/applications/{appId:int}/reviewers/{reviewerId:int}", (int appId, int reviewerId, CallService c, CancellationToken ct) =>
            Guard(async () => { await c.AssignAsync(appId, reviewerId, ct); return Results.NoContent(); })).RequireAuthorization(Team);
        // The platform team enters scores, or the reviewer does with the account of the reviewer's e-mail.
        api.MapPost("/applications/{appId:int}/scores", (int appId, ScoreRequest s, HttpContext http, CallService c, CancellationToken ct) =>
            Guard(async () =>
            {
                if (!http.User.IsInRole(Roles.PlatformAdmin))
                {
                    var email = http.User.FindFirstValue(ClaimTypes.Email) ?? http.User.Identity?.Name;
                    var reviewerEmail = await c.ReviewerEmailAsync(s.ReviewerId, ct);
                    if (reviewerEmail is null || !string.Equals(reviewerEmail, email, StringComparison.OrdinalIgnoreCase)) return Results.Forbid();
                }
                await c.ScoreAsync(appId, s.ReviewerId, s.CriterionId, s.Value, s.Comment, ct);
                return Results.NoContent();
            })).RequireAuthorization(Contributors);
        api.MapGet("/{id:int}/ranking", (int id, CallService c, CancellationToken ct) => Guard(async () => Results.Ok(await c.RankingAsync(id, ct)))).RequireAuthorization(Team);
        api.MapPost("/{id:int}/selection", (int id, SelectionRequest? r, CallService c, CancellationToken ct) =>
            Guard(async () => Results.Ok(await c.SelectAsync(id, r?.ApplicationIds, ct)))).RequireAuthorization(Team);
    }

    private static void MapResearch(RouteGroupBuilder api)
    {
        api.MapGet("/research/lessons", async (ResearchService r, CancellationToken ct) => Results.Ok(await r.CitableLessonsAsync(ct)));
        api.MapGet("/research/{district}", async (string district, ResearchService r, CancellationToken ct) => Results.Ok(await r.LogAsync(district, ct)));
        api.MapPost("/research", (NewResearchEntry e, ResearchService r, CancellationToken ct) =>
            Guard(async () => Results.Ok(await r.AddAsync(e, ct)))).RequireAuthorization(Contributors);
        api.MapGet("/practice-labs", async (ResearchService r, CancellationToken ct) => Results.Ok(await r.LabsAsync(ct)));
        api.MapPost("/practice-labs", (LabRequest l, ResearchService r, CancellationToken ct) =>
            Guard(async () => Results.Ok(new { id = await r.AddLabAsync(l.Title, l.HeldAtUtc, l.Place, l.Notes, ct) }))).RequireAuthorization(Team);
        api.MapPost("/practice-labs/{id:int}/validations", (int id, ValidationRequest v, ResearchService r, CancellationToken ct) =>
            Guard(async () => Results.Ok(await r.ValidateAsync(id, v.EntryId, v.ValidatedBy, v.Reason, ct)))).RequireAuthorization(Team);
    }

    private static void MapOutcomes(RouteGroupBuilder api)
    {
        api.MapGet("/indicators", async (OutcomeService o, CancellationToken ct) => Results.Ok(await o.IndicatorsAsync(ct)));
        api.MapPost("/indicators", (NewIndicator i, OutcomeService o, CancellationToken ct) =>
            Guard(async () => Results.Ok(new { id = await o.DefineIndicatorAsync(i, ct) }))).RequireAuthorization(Team);
        api.MapGet("/{district}", async (string district, OutcomeService o, CancellationToken ct) =>
            await o.MonitorAsync(district, ct) is { } m ? Results.Ok(m) : NotFound("district", district));
        api.MapPost("/{district}/measurements", (string district, MeasurementRequest m, OutcomeService o, CancellationToken ct) =>
            Guard(async () =>
            {
                await o.RecordAsync(district, m.Indicator, m.MeasuredOn, m.Value, m.IsBaseline, m.Note, ct);
                return Results.NoContent();
            })).RequireAuthorization(Contributors);
        api.MapGet("/{district}/export.xlsx", async (string district, OutcomeService o, CancellationToken ct) =>
            await o.ExportAsync(district, ct) is { } bytes
                ? Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"outcomes-{district}.xlsx")
                : NotFound("district", district));
    }

    /// <summary>Municipality staff apply only for districts of their own municipality (their tenant).</summary>
    internal static async Task<IResult?> TenantRefusalAsync(ClaimsPrincipal user, string districtCode, WijkwerfDb db, UserManager<WijkwerfUser> users, CancellationToken ct)
    {
        if (user.IsInRole(Roles.PlatformAdmin)) return null;
        if (!user.IsInRole(Roles.MunicipalityStaff)) return Results.Forbid();
        var me = await users.GetUserAsync(user);
        var municipality = await db.Districts.Where(d => d.Code == districtCode).Select(d => d.MunicipalityId).FirstOrDefaultAsync(ct);
        return me?.MunicipalityId is { } mine && municipality == mine ? null
            : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your municipality",
                detail: $"District {districtCode} is not in your municipality; staff apply for their own districts.");
    }

    /// <summary>Refusals as 400 (404 when the thing does not exist) with the refusal's message as detail.</summary>
    internal static async Task<IResult> Guard(Func<Task<IResult>> body)
    {
        try { return await body(); }
        catch (BadInputException e)
        {
            var status = e.Problem.StartsWith("no such", StringComparison.Ordinal) ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            return Results.Problem(statusCode: status, title: "Refused", detail: e.Message);
        }
    }

    private static IResult NotFound(string what, object key) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Unknown {what}", detail: $"No {what} '{key}'.");
}
