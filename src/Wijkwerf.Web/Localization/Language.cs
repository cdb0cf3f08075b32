using System.Globalization;

namespace Wijkwerf.Web.Localization;

/// <summary>The language of this request: <c>?lang=nl|en</c>, remembered in a cookie; Dutch by default.</summary>
public sealed class Language
{
    public const string Cookie = "wijkwerf-lang";

    public Texts T { get; private set; } = Texts.Nl;
    public string Code => T.Code;
    public CultureInfo Culture { get; private set; } = CultureInfo.GetCultureInfo("nl-NL");

    internal void Use(Texts texts)
    {
        T = texts;
        Culture = CultureInfo.GetCultureInfo(texts.Code == "en" ? "en-GB" : "nl-NL");
    }

    public static Texts? Find(string? code) =>
        Texts.All.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase));
}

public static class LanguageMiddleware
{
    private const string Cookie = Language.Cookie;

    public static IServiceCollection AddLanguage(this IServiceCollection services) => services.AddScoped<Language>();

    public static IApplicationBuilder UseLanguage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var language = context.RequestServices.GetRequiredService<Language>();
        if (context.Items.ContainsKey(Cookie))
        {
            // Re-executed for an error page: keep what this request already decided.
            await next(context);
            return;
        }
        context.Items[Cookie] = true;
        var asked = Language.Find(context.Request.Query["lang"]);
        if (asked is not null)
        {
            context.Response.Cookies.Append(Language.Cookie, asked.Code, new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
                HttpOnly = true,
                Secure = context.Request.IsHttps,
            });
        }
        language.Use(asked ?? Language.Find(context.Request.Cookies[Language.Cookie]) ?? Texts.Nl);
        CultureInfo.CurrentCulture = language.Culture;
        CultureInfo.CurrentUICulture = language.Culture;
        await next(context);
    });
}
