namespace Wijkwerf.Tests;

/// <summary>The real data bundle beside the repository (<c>../shared/data</c>), or where <c>WIJKWERF_SHARED_DATA</c> points.</summary>
public static class SharedData
{
    public static string Folder { get; } = Find();

    public static string File(string relative)
    {
        var path = Path.Combine(Folder, relative);
        if (!System.IO.File.Exists(path)) throw new FileNotFoundException($"Shared data file missing: {path}");
        return path;
    }

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("WIJKWERF_SHARED_DATA") is { Length: > 0 } env) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate) && System.IO.File.Exists(Path.Combine(candidate, "SHA256SUMS"))) return candidate;
        }
        throw new DirectoryNotFoundException("../shared/data not found above " + AppContext.BaseDirectory + "; set WIJKWERF_SHARED_DATA.");
    }
}
