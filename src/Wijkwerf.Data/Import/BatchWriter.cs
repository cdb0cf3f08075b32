using Wijkwerf.Data.Storage;

namespace Wijkwerf.Data.Import;

/// <summary>Adds entities in batches and clears the change tracker after each, so an import of millions of rows keeps
/// a flat memory profile.</summary>
public sealed class BatchWriter
{
    private readonly WijkwerfDb _db;
    private readonly int _batchSize;
    private readonly List<object> _pending;

    public long Written { get; private set; }

    public BatchWriter(WijkwerfDb db, int batchSize = 4000)
    {
        _db = db;
        _batchSize = batchSize;
        _pending = new List<object>(batchSize);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
    }

    public async ValueTask AddAsync(object entity, CancellationToken ct)
    {
        _pending.Add(entity);
        if (_pending.Count >= _batchSize) await FlushAsync(ct);
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_pending.Count == 0) return;
        _db.AddRange(_pending);
        await _db.SaveChangesAsync(ct);
        _db.ChangeTracker.Clear();
        Written += _pending.Count;
        _pending.Clear();
    }
}
