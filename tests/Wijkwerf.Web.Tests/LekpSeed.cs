using Microsoft.Extensions.DependencyInjection;
using Wijkwerf.Data.Lekp;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Web.Tests;

/// <summary>LEKP data on a test site (shared with the browser tests, which link this file like TestSite.cs).</summary>
public static class LekpSeed
{
    public static string Sample => Path.Combine(RepositoryRoot(), "samples", "lille-maatregelen.csv");

    /// <summary>Puts Lille on pact 2.0 with 7,100 housing units and imports the sample measures.</summary>
    /// <returns>The ids of Lille and Leidschendam-Voorburg (the tenants of the staff accounts).</returns>
    public static async Task<(int Lille, int Voorburg)> SeedAsync(TestSite site)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkwerfDb>();
        var lille = await LekpMunicipalities.SetFiguresAsync(db, TestSite.FlemishMunicipality, null, 7_100, "2.0", new DateOnly(2024, 1, 1));
        var voorburg = (await LekpMunicipalities.FindAsync(db, TestSite.Municipality))!.Id;
        await new MeasuresImport(db).ImportAsync(Sample);
        return (lille!.Id, voorburg);
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Wijkwerf.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("repository root (Wijkwerf.sln) not found above " + AppContext.BaseDirectory);
    }
}
