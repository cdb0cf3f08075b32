using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Knowledge;
using Wijkwerf.Data.Knowledge.Cases;
using Wijkwerf.Data.Knowledge.Drempels;
using Wijkwerf.Data.Knowledge.Harvest;
using Wijkwerf.Data.Knowledge.Notifications;
using Wijkwerf.Data.Knowledge.Programmes;
using Wijkwerf.Data.Knowledge.Search;
using Wijkwerf.Data.Knowledge.Workbook;
using Wijkwerf.Data.Modules;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Learning;

namespace Wijkwerf.Web.Features.Learning;

public sealed record OpenSessionRequest(string Title, string? TitleEn, DateOnly? HeldOn);
public sealed record MergeRequest(IReadOnlyList<int> WorkPointIds, string? Title);
public sealed record SplitRequest(IReadOnlyList<int> ItemIds, string Title);
public sealed record UpdateWorkPointRequest(string? Title, string? TitleEn, int? ProgrammeId, bool ClearProgramme = false);
public sealed record AddMemberRequest(string UserId, string? Role);
public sealed record OpenRoundRequest(string Title, IReadOnlyList<string> Themes, int PeersPerCase = 2);
public sealed record AnswerRequest(string Answer);
public sealed record ChapterRequest(string Title, string? TitleEn, string? Werf, int? ProgrammeId);
public sealed record SectionRequest(string Title, string? TitleEn, string MarkdownNl, string? MarkdownEn);
public sealed record SaveSectionRequest(string MarkdownNl, string? MarkdownEn, string? Note, int? BaseVersion);
public sealed record PublishRequest(string Title);
public sealed record CommentRequest(string Text, int? ParentId);
public sealed record ReportRequest(string? Reason);
public sealed record ModerateRequest(bool Hide, string? Reason = null);
public sealed record FollowRequest(string Target, string Key);
public sealed record SettingsRequest(bool Digest, string? Language);
public sealed record GuidanceRequest(DateOnly HeldOn, string Minutes);

/// <summary>The learning platform's JSON API (harvest sessions, work programmes, cases and peer review, workbook) and
/// its services. Everyone reads; the platform team (platform-admin) runs sessions, rounds and editions; refusals are
/// problem+json with the field and a message (<see cref="LearningException"/>).</summary>
public static class LearningApi
{
    public const string PlatformTeam = "platform-team";
    public const string WorkbookEditors = "workbook-editors";

    public static IServiceCollection AddLearning(this IServiceCollection services)
    {
        services.AddScoped<HarvestService>();
        services.AddScoped<PeerReviewService>();
        services.AddScoped<WorkbookService>();
        services.AddScoped<DrempelService>();
        services.AddScoped<NotificationService>();
        // The navigation's unread count, per person, forgotten on every change this node makes (single node).
        services.AddMemoryCache();
        services.AddSingleton(sp => new UnreadNotificationCounts(sp.GetRequiredService<IMemoryCache>()));
        services.AddScoped<BreakthroughService>();
        services.AddScoped(sp => new DailyDigest(sp.GetRequiredService<WijkwerfDb>(), sp.GetRequiredService<Wijkwerf.Data.Mail.IMailer>(),
            sp.GetRequiredService<IConfiguration>()[DailyDigest.BaseUrlSetting] is { Length: > 0 } url ? url : DailyDigest.DefaultBaseUrl));
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<DailyDigestSchedule>();
        services.AddSingleton<LearningSearch>();
        services.AddSingleton<IDemoSeed, LearningSeed>();
        services.AddScoped<IPersonalData, LearningPersonalData>();
        services.AddAuthorizationBuilder()
            .AddPolicy(PlatformTeam, p => p.RequireRole(Roles.PlatformAdmin))
            .AddPolicy(WorkbookEditors, p => p.RequireRole(Roles.PlatformAdmin, Roles.Expert));
        return services;
    }

    public static string UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public static IEndpointRouteBuilder MapLearningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/learning").WithTags("Learning").AddEndpointFilter(async (ctx, next) =>
        {
            try
            {
                var result = await next(ctx);
                // Any change invalidates the search index; it is rebuilt on the next search.
                if (!HttpMethods.IsGet(ctx.HttpContext.Request.Method)) ctx.HttpContext.RequestServices.GetRequiredService<LearningSearch>().Invalidate();
                return result;
            }
            catch (LearningException e) { return Refused(e); }
        });

        api.MapGet("/search", (string? q, string? type, string? werf, string? kind, string? municipality, string? programme, int? take,
                LearningSearch search, WijkwerfDb db, ClaimsPrincipal user, CancellationToken ct) =>
            search.SearchAsync(db, new Wijkwerf.Engine.Knowledge.Search.SearchQuery(q ?? "", type, werf, kind, municipality, programme,
                SeeHidden: user.IsInRole(Roles.PlatformAdmin), Take: Math.Clamp(take ?? 20, 1, 100)), ct));

        // Harvest sessions and work points.
        api.MapGet("/harvest/sessions", (HarvestService s, CancellationToken ct) => s.SessionsAsync(ct));
        api.MapPost("/harvest/sessions", async (OpenSessionRequest r, HarvestService s, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var session = await s.OpenAsync(r.Title, r.TitleEn, r.HeldOn, user.UserId(), ct);
            return Results.Created($"/api/learning/harvest/sessions/{session.Id}", await s.SessionAsync(session.Id, ct));
        }).RequireAuthorization(PlatformTeam);
        api.MapGet("/harvest/sessions/{id:int}", (int id, HarvestService s, CancellationToken ct) => s.SessionAsync(id, ct));
        api.MapPost("/harvest/sessions/{id:int}/items", async (int id, HarvestSubmission r, HarvestService s, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var item = await s.SubmitAsync(id, r, user.UserId(), ct);
            return Results.Created($"/api/learning/harvest/sessions/{id}", new { item.Id, item.SessionId, item.Text });
        }).RequireAuthorization();
        api.MapPost("/harvest/sessions/{id:int}/close", async (int id, HarvestService s, CancellationToken ct) =>
        {
            await s.CloseAsync(id, ct);
            return Results.Ok(await s.SessionAsync(id, ct));
        }).RequireAuthorization(PlatformTeam);
        api.MapGet("/harvest/sessions/{id:int}/clusters", (int id, HarvestService s, CancellationToken ct) => s.SuggestAsync(id, ct));
        api.MapPost("/harvest/sessions/{id:int}/work-points", async (int id, HarvestService s, CancellationToken ct) =>
        {
            await s.AdoptSuggestionsAsync(id, ct);
            return Results.Ok(await s.SessionAsync(id, ct));
        }).RequireAuthorization(PlatformTeam);
        api.MapPost("/work-points/merge", async (MergeRequest r, HarvestService s, CancellationToken ct) =>
            Results.Ok(await s.MergeAsync(r.WorkPointIds, r.Title, ct))).RequireAuthorization(PlatformTeam);
        api.MapPost("/work-points/{id:int}/split", async (int id, SplitRequest r, HarvestService s, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(await s.SplitAsync(id, r.ItemIds, r.Title, ct, user.UserId()))).RequireAuthorization(PlatformTeam);
        api.MapPatch("/work-points/{id:int}", async (int id, UpdateWorkPointRequest r, HarvestService s, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(await s.UpdateAsync(id, r.Title, r.TitleEn, r.ProgrammeId, r.ClearProgramme, ct, user.UserId()))).RequireAuthorization(PlatformTeam);
        api.MapPost("/work-points/{id:int}/breakthroughs", async (int id, BreakthroughInput r, BreakthroughService s, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var b = await s.AddAsync(id, r, user.UserId(), ct);
            return Results.Created("/api/learning/programmes", b);
        }).RequireAuthorization(PlatformTeam);
        api.MapPatch("/breakthroughs/{id:int}", async (int id, BreakthroughUpdate r, BreakthroughService s, CancellationToken ct) =>
            Results.Ok(await s.UpdateAsync(id, r, ct))).RequireAuthorization(PlatformTeam);
        api.MapPost("/work-points/{id:int}/team", async (int id, TeamMemberInput r, BreakthroughService s, CancellationToken ct) =>
            Results.Ok(await s.AddMemberAsync(id, r, ct))).RequireAuthorization(PlatformTeam);
        api.MapGet("/programmes", (HarvestService s, CancellationToken ct) => s.ProgrammesAsync(ct));

        // Cases and peer review.
        api.MapGet("/cases", (PeerReviewService s, CancellationToken ct) => s.CasesAsync(ct));
        api.MapGet("/cases/{id:int}", (int id, PeerReviewService s, CancellationToken ct) => s.CaseAsync(id, ct));
        api.MapPost("/cases/{id:int}/guidance", async (int id, GuidanceRequest r, PeerReviewService s, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var g = await s.AddGuidanceSessionAsync(id, r.HeldOn, r.Minutes, user.UserId(), user.IsInRole(Roles.PlatformAdmin), ct);
            return Results.Created($"/api/learning/cases/{id}", new { g.Id, g.CaseId, g.HeldOn });
        }).RequireAuthorization();
        api.MapPost("/cases/{id:int}/members", async (int id, AddMemberRequest r, PeerReviewService s, CancellationToken ct) =>
        {
            await s.AddMemberAsync(id, r.UserId, r.Role ?? "member", ct);
            return Results.NoContent();
        }).RequireAuthorization(PlatformTeam);
        api.MapGet("/review-rounds", (PeerReviewService s, CancellationToken ct) => s.RoundsAsync(ct));
        api.MapPost("/review-rounds", async (OpenRoundRequest r, PeerReviewService s, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var round = await s.OpenRoundAsync(r.Title, r.Themes ?? [], r.PeersPerCase, user.UserId(), ct);
            return Results.Created($"/api/learning/review-rounds/{round.Id}", await s.RoundAsync(round.Id, ct));
        }).RequireAuthorization(PlatformTeam);
        api.MapGet("/review-rounds/{id:int}", (int id, PeerReviewService s, CancellationToken ct) => s.RoundAsync(id, ct));
        api.MapPost("/review-rounds/{id:int}/close", async (int id, PeerReviewService s, CancellationToken ct) =>
        {
            await s.CloseRoundAsync(id, ct);
            return Results.NoContent();
        }).RequireAuthorization(PlatformTeam);
        api.MapPost("/review-rounds/{id:int}/cases/{caseId:int}/reviews", async (int id, int caseId, ReviewForm form, PeerReviewService s, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var review = await s.SubmitAsync(id, caseId, user.UserId(), form, ct);
            return Results.Created($"/api/learning/review-rounds/{id}", new { review.Id, review.CaseId, review.RoundId });
        }).RequireAuthorization();
        api.MapPost("/reviews/{id:int}/answer", async (int id, AnswerRequest r, PeerReviewService s, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await s.AnswerAsync(id, user.UserId(), user.IsInRole(Roles.PlatformAdmin), r.Answer, ct);
            return Results.NoContent();
        }).RequireAuthorization();

        // The workbook.
        api.MapGet("/workbook", (WorkbookService s, CancellationToken ct) => s.ChaptersAsync(ct));
        api.MapPost("/workbook/chapters", async (ChapterRequest r, WorkbookService s, CancellationToken ct) =>
            Results.Ok(await s.AddChapterAsync(r.Title, r.TitleEn, r.Werf, r.ProgrammeId, ct))).RequireAuthorization(WorkbookEditors);
        api.MapPost("/workbook/chapters/{id:int}/sections", async (int id, SectionRequest r, WorkbookService s, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var section = await s.AddSectionAsync(id, r.Title, r.TitleEn, r.MarkdownNl, r.MarkdownEn, user.Identity?.Name, ct);
            return Results.Created($"/api/learning/workbook/sections/{section.Id}", await s.SectionAsync(section.Id, ct));
        }).RequireAuthorization(WorkbookEditors);
        api.MapGet("/workbook/sections/{id:int}", (int id, WorkbookService s, CancellationToken ct) => s.SectionAsync(id, ct));
        api.MapPut("/workbook/sections/{id:int}", async (int id, SaveSectionRequest r, WorkbookService s, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(await s.SaveAsync(id, r.MarkdownNl, r.MarkdownEn, r.Note, user.Identity?.Name, r.BaseVersion, ct))).RequireAuthorization(WorkbookEditors);
        api.MapPost("/workbook/sections/{id:int}/citations/{breakthroughId:int}", async (int id, int breakthroughId, WorkbookService s, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(await s.CiteBreakthroughAsync(id, breakthroughId, user.Identity?.Name, ct))).RequireAuthorization(WorkbookEditors);
        api.MapGet("/workbook/sections/{id:int}/history", (int id, WorkbookService s, CancellationToken ct) => s.HistoryAsync(id, ct));
        api.MapGet("/workbook/sections/{id:int}/diff", (int id, int from, int to, string? lang, WorkbookService s, CancellationToken ct) =>
            s.DiffAsync(id, from, to, lang ?? "nl", ct));
        api.MapGet("/workbook/editions", (WorkbookService s, CancellationToken ct) => s.EditionsAsync(ct));
        api.MapPost("/workbook/editions", async (PublishRequest r, WorkbookService s, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var edition = await s.PublishAsync(r.Title, user.Identity?.Name, ct);
            return Results.Created($"/api/learning/workbook/export?edition={edition.Number}", new { edition.Id, edition.Number, edition.Title });
        }).RequireAuthorization(PlatformTeam);
        api.MapGet("/workbook/export", async (int? edition, string? lang, string? format, WorkbookService s, CancellationToken ct) =>
        {
            var language = lang is "en" ? "en" : "nl";
            var name = edition is { } n ? $"werkboek-editie-{n}-{language}" : $"werkboek-ontwerp-{language}";
            return format switch
            {
                "pdf" => Results.File(await s.RenderPdfAsync(edition, language, ct), "application/pdf", name + ".pdf"),
                null or "html" => Results.Content(await s.RenderHtmlAsync(edition, language, ct), "text/html; charset=utf-8"),
                _ => Results.Problem(statusCode: 400, title: "Unknown format", detail: $"format must be html or pdf, not \"{format}\"."),
            };
        });
        MapDrempels(api);
        MapNotifications(api);
        return app;
    }

    private static void MapNotifications(RouteGroupBuilder api)
    {
        var me = api.MapGroup("").RequireAuthorization();
        me.MapGet("/follows", (NotificationService s, ClaimsPrincipal user, CancellationToken ct) => s.FollowingAsync(user.UserId(), ct));
        me.MapPost("/follows", async (FollowRequest r, NotificationService s, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(await s.FollowAsync(user.UserId(), ParseTarget(r.Target), r.Key, ct)));
        me.MapDelete("/follows/{target}/{key}", async (string target, string key, NotificationService s, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await s.UnfollowAsync(user.UserId(), ParseTarget(target), key, ct);
            return Results.NoContent();
        });
        me.MapGet("/notifications", (int? take, NotificationService s, ClaimsPrincipal user, CancellationToken ct) => s.ListAsync(user.UserId(), take ?? 100, ct));
        me.MapGet("/notifications/unread-count", async (NotificationService s, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(new { unread = await s.UnreadCountAsync(user.UserId(), ct) }));
        me.MapPost("/notifications/{id:int}/read", async (int id, NotificationService s, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await s.MarkReadAsync(user.UserId(), id, ct);
            return Results.NoContent();
        });
        me.MapPost("/notifications/read-all", async (NotificationService s, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(new { read = await s.MarkAllReadAsync(user.UserId(), ct) }));
        me.MapGet("/notifications/settings", (NotificationService s, ClaimsPrincipal user, CancellationToken ct) => s.SettingsAsync(user.UserId(), ct));
        me.MapPut("/notifications/settings", (SettingsRequest r, NotificationService s, ClaimsPrincipal user, CancellationToken ct) =>
            s.SaveSettingsAsync(user.UserId(), r.Digest, r.Language ?? "nl", ct));
    }

    /// <summary>A follow target by name (drempel, workpoint / work-point, programme, case, werf, municipality, workbook).</summary>
    public static FollowTarget ParseTarget(string? target) =>
        Enum.TryParse<FollowTarget>((target ?? "").Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var t) && Enum.IsDefined(t) && !int.TryParse(target, out _)
            ? t
            : throw LearningException.Invalid("target", $"\"{target}\" is not something to follow; use {string.Join(", ", Enum.GetNames<FollowTarget>())}.");

    private static void MapDrempels(RouteGroupBuilder api)
    {
        api.MapGet("/drempels", (string? werf, DrempelKind? kind, DrempelService s, ClaimsPrincipal user, CancellationToken ct) =>
            s.ListAsync(werf, kind, user.IsInRole(Roles.PlatformAdmin), ct));
        api.MapPost("/drempels", async (DrempelInput r, DrempelService s, WijkwerfDb db, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var d = await s.CreateAsync(r, user.UserId(), await MunicipalityOfAsync(db, user, ct), ct);
            return Results.Created($"/api/learning/drempels/{d.Id}", await s.GetAsync(d.Id, false, ct));
        }).RequireAuthorization();
        api.MapGet("/drempels/{id:int}", (int id, DrempelService s, ClaimsPrincipal user, CancellationToken ct) => s.GetAsync(id, user.IsInRole(Roles.PlatformAdmin), ct));
        api.MapPost("/drempels/{id:int}/marks", async (int id, DrempelService s, WijkwerfDb db, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(new { marks = await s.MarkAsync(id, user.UserId(), await MunicipalityOfAsync(db, user, ct), ct) })).RequireAuthorization();
        api.MapPost("/drempels/{id:int}/comments", async (int id, CommentRequest r, DrempelService s, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var c = await s.CommentAsync(id, r.ParentId, r.Text, user.UserId(), ct);
            return Results.Created($"/api/learning/drempels/{id}", new { c.Id, c.ParentId, c.Text });
        }).RequireAuthorization();
        api.MapPost("/drempels/{id:int}/attachments", async (int id, IFormFile file, DrempelService s, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await using var stream = file.OpenReadStream();
            return Results.Ok(await s.AttachAsync(id, file.FileName, file.ContentType, stream, file.Length, user.UserId(), ct));
        }).RequireAuthorization().DisableAntiforgery();
        api.MapGet("/drempels/{id:int}/attachments/{attachmentId:int}", async (int id, int attachmentId, DrempelService s, CancellationToken ct) =>
        {
            var a = await s.AttachmentAsync(id, attachmentId, ct);
            return Results.File(a.Content, a.ContentType, a.FileName);
        });
        api.MapPost("/reports/{kind}/{id:int}", async (string kind, int id, ReportRequest r, DrempelService s, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(new { hidden = await s.ReportAsync(kind, id, user.UserId(), r.Reason, ct) })).RequireAuthorization();
        api.MapGet("/moderation", (DrempelService s, CancellationToken ct) => s.QueueAsync(ct)).RequireAuthorization(PlatformTeam);
        api.MapPost("/moderation/{kind}/{id:int}", async (string kind, int id, ModerateRequest r, DrempelService s, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await s.ModerateAsync(kind, id, user.UserId(), r.Hide, ct, r.Reason);
            return Results.NoContent();
        }).RequireAuthorization(PlatformTeam);
    }

    internal static async Task<int?> MunicipalityOfAsync(WijkwerfDb db, ClaimsPrincipal user, CancellationToken ct)
    {
        var id = user.UserId();
        return (await db.Users.FindAsync([id], ct))?.MunicipalityId;
    }

    private static IResult Refused(LearningException e) => Results.Problem(
        statusCode: e.Kind switch
        {
            Refusal.NotFound => StatusCodes.Status404NotFound,
            Refusal.Forbidden => StatusCodes.Status403Forbidden,
            Refusal.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        },
        title: e.Kind.ToString(), detail: e.Message,
        extensions: e.Field is null ? null : new Dictionary<string, object?> { ["field"] = e.Field });
}
