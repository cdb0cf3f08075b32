using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Wijkwerf.Web.Features.Accounts;
using Wijkwerf.Web.Features.Districts;
using Wijkwerf.Web.Features.Heat;
using Wijkwerf.Web.Features.Health;
using Wijkwerf.Web.Features.Import;
using Wijkwerf.Web.Features.Lekp;
using Wijkwerf.Web.Features.OneStopShop;
using Wijkwerf.Web.Features.Operations;
using Wijkwerf.Web.Features.Learning;
using Wijkwerf.Web.Features.Streets;
using Wijkwerf.Web.Hosting;
using Wijkwerf.Web.Localization;

var builder = WebApplication.CreateBuilder(args);

// http://localhost:5080 unless ASPNETCORE_URLS / --urls / Kestrel config say otherwise.
string[] urlKeys = ["urls", "http_ports", "https_ports", "Kestrel:Endpoints:Http:Url"];
if (urlKeys.All(k => string.IsNullOrEmpty(builder.Configuration[k])))
    builder.WebHost.UseUrls("http://localhost:5080");

// Serve wwwroot from the build output's manifest too, so the built app runs from any folder (publish copies wwwroot).
builder.WebHost.UseStaticWebAssets();

// Source files (BAG GeoPackage) are large.
const long maxUploadBytes = 4L * 1024 * 1024 * 1024;
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = maxUploadBytes);
builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = maxUploadBytes);

builder.Services.AddWijkwerfDatabase();
builder.Services.AddSingleton<SeedStatus>();
builder.Services.AddHostedService<PilotSeeding>();
builder.Services.AddAccounts();
builder.Services.AddImports();
builder.Services.AddLekp();
builder.Services.AddOneStopShop();
builder.Services.AddStreets();
builder.Services.AddMail();
builder.Services.AddOperations();
builder.Services.AddLearning();
builder.Services.AddLanguage();
builder.Services.AddHeat();
builder.Services.AddProblemDetails();
builder.Services.AddResponseCompression(o =>
{
    o.EnableForHttps = true;
    o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat([DistrictsApi.GeoJson]);
});
// Write Dutch (ï, ë, €, …) as characters, not as numeric entities.
builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");

var app = builder.Build();

await app.PrepareDatabaseAsync();

// Errors and empty error answers: problem+json for the API, the localized error page for pages.
static bool IsApi(HttpContext c) => c.Request.Path.StartsWithSegments("/api");
app.UseWhen(IsApi, api =>
{
    if (!app.Environment.IsDevelopment()) api.UseExceptionHandler();
    api.UseStatusCodePages();
});
app.UseWhen(c => !IsApi(c), pages =>
{
    if (!app.Environment.IsDevelopment()) pages.UseExceptionHandler("/error/500");
    pages.UseStatusCodePagesWithReExecute("/error/{0}");
});
app.UseResponseCompression();
app.UseStaticFiles();
app.UseLanguage();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapHealth();
app.MapDistrictsApi();
app.MapHeatApi();
app.MapImportsApi();
app.MapLekpApi();
app.MapOneStopShopApi();
app.MapOperationsApi();
app.MapLearningApi();
app.MapStreetsApi();
app.MapRazorPages();

app.Run();

public partial class Program;
