using System.Text.RegularExpressions;
using Wijkwerf.Data.Import.GeoPackage;
using Wijkwerf.Domain.Places;
using Wijkwerf.Domain.Sources;

namespace Wijkwerf.Data.Import.Statbel;

/// <summary>Statbel municipalities GeoPackage (layer <c>gemeente2024</c>, EPSG:31370) → municipalities with outline.</summary>
public sealed class StatbelGemeentenImporter : IImporter
{
    public SourceKind Kind => SourceKind.StatbelGemeentenGeoPackage;
    public string Attribution => "Bron: Statbel (Algemene Directie Statistiek)";

    public async Task<int> ImportAsync(ImportContext ctx)
    {
        using var gpkg = GeoPackageFile.Open(ctx.Path);
        var crs = gpkg.RequireSupportedCrs("gemeente2024");
        gpkg.RequireColumns("gemeente2024", "gemeente", "naam");
        var toWgs = Geo.Crs.Between(crs, Geo.Crs.Wgs84);
        var municipalities = new Municipalities(ctx);
        var n = 0;
        foreach (var row in gpkg.Rows("gemeente2024"))
        {
            n++;
            var code = row.Int("gemeente") ?? throw row.Bad("gemeente", "NIS code is missing.");
            var outline = row.Geometry() is { } g ? toWgs.Project(g) : null;
            await municipalities.UpsertAsync(code.ToString("00000", System.Globalization.CultureInfo.InvariantCulture), row.RequiredText("naam"), Country.BE, m => m.Outline = outline);
            ctx.Db.ChangeTracker.Clear();
        }
        return n;
    }
}

/// <summary>Statbel / provinces' <em>gemeentegedragen wijken</em> (layer <c>ggw7</c>, EPSG:31370) → Flemish districts.
/// The municipality comes from the name in brackets ("Wechelderzande (Lille)"), matched to a known Belgian
/// municipality; failing that (municipalities merged in 2025), from the five-digit NIS prefix of the code.</summary>
public sealed partial class StatbelWijkenImporter : IImporter
{
    public SourceKind Kind => SourceKind.StatbelWijkenGeoPackage;
    public string Attribution => "Wijken voor omgevingsanalyse. © gemeentebesturen, verzameld door Data & Analyse van de Vlaamse provincies (Modellicentie Gratis Hergebruik Vlaanderen v1.0)";

    [GeneratedRegex(@"^(?<name>.*)\s\((?<municipality>[^()]+)\)$")]
    private static partial Regex NameWithMunicipality();

    public async Task<int> ImportAsync(ImportContext ctx)
    {
        using var gpkg = GeoPackageFile.Open(ctx.Path);
        var crs = gpkg.RequireSupportedCrs("ggw7");
        gpkg.RequireColumns("ggw7", "geoitem", "naam");
        var municipalities = new Municipalities(ctx);
        await using var writer = new BatchWriter(ctx.Db);
        var n = 0;
        foreach (var row in gpkg.Rows("ggw7"))
        {
            n++;
            var code = row.RequiredText("geoitem");
            var label = row.RequiredText("naam");
            var match = NameWithMunicipality().Match(label);
            var name = match.Success ? match.Groups["name"].Value : label;
            var municipalityName = match.Success ? match.Groups["municipality"].Value : null;
            Municipality? m = null;
            if (municipalityName is not null)
            {
                m = await municipalities.FindBelgianByNameAsync(municipalityName);
                if (m is null && code.Length >= 5 && code[..5].All(char.IsAsciiDigit))
                    m = await municipalities.UpsertAsync(code[..5], municipalityName, Country.BE);
            }
            await DistrictRows.RequireNewCodeAsync(ctx, code, row.Where);
            var geom = row.Geometry() ?? throw row.Bad("geom", "district has no boundary.");
            await writer.AddAsync(DistrictRows.Create(ctx, code, name, geom, crs, m), ctx.Cancellation);
            if (n % 200 == 0) ctx.Report("ggw7", n, null);
        }
        await writer.FlushAsync(ctx.Cancellation);
        return n;
    }
}
