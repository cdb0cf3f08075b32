using System.Net.Mail;
using Wijkwerf.Data.Import;

namespace Wijkwerf.Data.Operations;

/// <summary>Brussels time for the programme's events and calls: stored in UTC (SQLite cannot compare
/// DateTimeOffset), entered and shown in Europe/Brussels, whatever the server's own zone.</summary>
public static class BrusselsTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static DateTime ToBrussels(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>A wall-clock time in Brussels to UTC (in the autumn's repeated hour, the first, summer-time one).</summary>
    public static DateTime ToUtc(DateTime brussels) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(brussels, DateTimeKind.Unspecified), Zone);

    /// <summary>A wall-clock time typed in Brussels to UTC, refusing the hour that does not exist when the clocks go
    /// forward (last Sunday of March, 02:00–03:00); the autumn's repeated hour is read as the first, summer-time one.</summary>
    public static DateTime ToUtc(DateTime brussels, string what, string field)
    {
        var local = DateTime.SpecifyKind(brussels, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
            throw Refuse.Because(what, field, $"{local:yyyy-MM-dd HH:mm} does not exist in Brussels (the clocks go forward an hour)");
        return Zone.IsAmbiguousTime(local)
            ? DateTime.SpecifyKind(local - Zone.GetAmbiguousTimeOffsets(local).Max(), DateTimeKind.Utc)
            : TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }

    public static string Format(DateTime utc, string format = "yyyy-MM-dd HH:mm") =>
        ToBrussels(utc).ToString(format, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Refusals of the operations module: a <see cref="BadInputException"/> whose "file" is the thing refused
/// (event 3, call 2 ...) so the API, the pages and the CLI show one clear message.</summary>
internal static class Refuse
{
    public static BadInputException Because(string what, string? field, string problem) => new(what, null, field, problem);

    public static string Required(string? value, string what, string field, int maxLength = 200)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v)) throw Because(what, field, "is required");
        if (v.Length > maxLength) throw Because(what, field, $"is longer than {maxLength} characters");
        return v;
    }

    public static string Email(string? value, string what)
    {
        var v = Required(value, what, "email", 320);
        if (!MailAddress.TryCreate(v, out var address) || address.Address != v)
            throw Because(what, "email", $"'{v}' is not an e-mail address");
        return v.ToLowerInvariant();
    }
}

/// <summary>SQLite takes one writer at a time; a second writer gets SQLITE_BUSY and Microsoft.Data.Sqlite retries it
/// after a sleep, which under a registration rush turns into seconds of queueing. Writers of one process therefore
/// wait their turn here (per database file) instead; other processes (the CLI) still meet the busy retry, so
/// correctness never depends on this gate. PostgreSQL needs no gate: row locks order the seat updates.</summary>
internal static class SqliteWriteGate
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> Gates = new();

    public static async Task<IDisposable?> EnterAsync(Storage.WijkwerfDb db, CancellationToken ct)
    {
        if (!Microsoft.EntityFrameworkCore.SqliteDatabaseFacadeExtensions.IsSqlite(db.Database)) return null;
        var key = Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetConnectionString(db.Database) ?? "";
        var gate = Gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) gate.Release();
        }
    }
}
