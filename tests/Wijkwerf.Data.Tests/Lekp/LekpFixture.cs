using Wijkwerf.Data.Tests.Import;

namespace Wijkwerf.Data.Tests.Lekp;

/// <summary>A database with the real Statbel municipalities and wijken imported once; each test gets its own copy of
/// the file so tests can write without seeing each other.</summary>
public sealed class LekpFixture() : TemplateDatabaseFixture("be-statbel/gemeenten-2024.gpkg", "be-statbel/wijken-ggw7.gpkg")
{
    /// <summary>The repository root (for <c>samples/</c>).</summary>
    public static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Wijkwerf.sln"))) return Path.Combine(dir.FullName, relative);
        throw new DirectoryNotFoundException("repository root (Wijkwerf.sln) not found above " + AppContext.BaseDirectory);
    }
}
