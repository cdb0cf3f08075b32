using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Sources;

namespace Wijkwerf.Data.Import;

/// <summary>How far an import is: a phase name and a count, with the total when it is known.</summary>
public readonly record struct ImportProgress(string File, string Phase, long Done, long? Total);

/// <summary>Everything an importer needs. It writes through <see cref="Db"/> inside the transaction the
/// <see cref="ImportService"/> opened, and tags every row with <see cref="Source"/>'s id.</summary>
public sealed record ImportContext(
    WijkwerfDb Db,
    ImportSource Source,
    string Path,
    IProgress<ImportProgress>? Progress,
    CancellationToken Cancellation)
{
    public string FileName => System.IO.Path.GetFileName(Path);

    public void Report(string phase, long done, long? total = null) =>
        Progress?.Report(new ImportProgress(FileName, phase, done, total));

    public BadInputException Bad(string? where, string? field, string problem) => new(Path, where, field, problem);

    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> _once = new(StringComparer.Ordinal);

    /// <summary>Computes a lookup once per import (reference rows an importer checks every feature against).</summary>
    public async Task<T> OnceAsync<T>(string name, Func<Task<T>> load) where T : class
    {
        if (_once.TryGetValue(name, out var value)) return (T)value;
        var loaded = await load();
        _once[name] = loaded;
        return loaded;
    }

    /// <summary>Refuses a key (a district code ...) that this file already used, naming both places.</summary>
    public void RequireUnique(string what, string key, string where, string? field)
    {
        if (_seen.TryGetValue(what + "\u0000" + key, out var first))
            throw Bad(where, field, $"{what} {key} appears twice in this file (first at {first}).");
        _seen[what + "\u0000" + key] = where;
    }
}

/// <summary>One kind of source file. Importers stream their input and never hold the whole file in memory.</summary>
public interface IImporter
{
    SourceKind Kind { get; }

    /// <summary>Attribution the source's licence asks for (data README).</summary>
    string Attribution { get; }

    /// <summary>Reads the file and adds its rows; returns the number of features read.</summary>
    Task<int> ImportAsync(ImportContext context);
}
