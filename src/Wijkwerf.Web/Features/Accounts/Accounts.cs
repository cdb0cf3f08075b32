using Microsoft.AspNetCore.Identity;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Web.Features.Accounts;

/// <summary>Cookie login for existing users (ASP.NET Core Identity, stores in <see cref="WijkwerfDb"/>). There is no
/// default account: the first platform admin is created with the CLI (<c>wijkwerf admin create</c>).</summary>
public static class Accounts
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddIdentity<WijkwerfUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<WijkwerfDb>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "wijkwerf-auth";
            o.Cookie.HttpOnly = true;
            // Strict: no cross-site request carries it, which is what lets the JSON API skip antiforgery tokens.
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // The API answers 401/403; only pages redirect to the login page.
            o.Events.OnRedirectToLogin = ctx => Answer(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => Answer(ctx, StatusCodes.Status403Forbidden);
        });
        return services;
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
