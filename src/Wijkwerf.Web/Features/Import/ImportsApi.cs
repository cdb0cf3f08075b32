using Wijkwerf.Data.Accounts;

namespace Wijkwerf.Web.Features.Import;

public static class ImportsApi
{
    /// <summary>Who may import: the platform team and municipality staff.</summary>
    public const string Policy = "may-import";

    public static IServiceCollection AddImports(this IServiceCollection services)
    {
        services.AddSingleton<ImportJobs>();
        services.AddHostedService<ImportWorker>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, p => p.RequireRole(Roles.PlatformAdmin, Roles.MunicipalityStaff));
        return services;
    }

    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/imports").WithTags("Import").RequireAuthorization(Policy);

        // The auth cookie is SameSite=Strict, so a cross-site form cannot post here with it: no antiforgery token needed.
        api.MapPost("/", async (IFormFile? file, HttpContext http, ImportJobs jobs, CancellationToken ct) =>
        {
            if (file is null || file.Length == 0)
                return Results.Problem(statusCode: 400, title: "No file", detail: "Send the file as multipart/form-data field 'file'.");
            var job = await jobs.EnqueueAsync(file, http.User.Identity?.Name, ct);
            return Results.Accepted($"/api/imports/{job.Id}", job.ToJson());
        }).DisableAntiforgery();

        api.MapGet("/{id:guid}", (Guid id, ImportJobs jobs) =>
            jobs.Find(id) is { } job
                ? Results.Ok(job.ToJson())
                : Results.Problem(statusCode: 404, title: "Unknown import", detail: $"No import job has the id '{id}'."));

        return app;
    }
}
