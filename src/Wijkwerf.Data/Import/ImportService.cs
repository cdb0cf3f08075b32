using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Sources;

namespace Wijkwerf.Data.Import;

/// <summary>What an import did.</summary>
public sealed record ImportOutcome(string File, SourceKind Kind, int Features, bool Replaced, TimeSpan Duration);

/// <summary>Imports files: detects the kind from the content, runs the importer and the district-model derivation in
/// one transaction, replacing what an earlier import of the same source brought. Bad input throws
/// <see cref="BadInputException"/> and leaves the database exactly as it was.</summary>
public sealed class ImportService(WijkwerfDb db)
{
    public Task<ImportOutcome> ImportAsync(string path, IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        throw new NotImplementedException();

    internal WijkwerfDb Db => db;
}
