using NetTopologySuite.Geometries;
using Wijkwerf.Data.Mail;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Places;
using Wijkwerf.Domain.Sources;

namespace Wijkwerf.Data.Tests.Operations;

/// <summary>Mail kept in memory (the web tests read the real pickup folder instead).</summary>
public sealed class MailBox : IMailer
{
    private readonly List<MailMessageText> sent = [];
    public IReadOnlyList<MailMessageText> Sent { get { lock (sent) return sent.ToList(); } }

    public Task SendAsync(MailMessageText message, CancellationToken ct = default)
    {
        lock (sent) sent.Add(message);
        return Task.CompletedTask;
    }
}

/// <summary>A clock the test sets: the call closes at a second the test chooses.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;
    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>Two Voorburg buurten and Wechelderzande, as real district rows (codes and municipalities as imported).</summary>
public static class OperationsDistricts
{
    public const string Voorburg = "BU19160500";
    public const string VoorburgOther = "BU19160501";
    public const string Wechelderzande = "13019W04";

    public static async Task<(int Voorburg, int Lille)> InsertAsync(WijkwerfDb db)
    {
        var source = new ImportSource { Kind = SourceKind.CbsBuurtenGeoPackage, Name = "test.gpkg", Sha256 = new string('a', 64), Features = 3, Attribution = "test", ImportedAt = DateTimeOffset.UtcNow };
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        var voorburg = new Municipality { Code = "GM1916", Name = "Leidschendam-Voorburg", Country = Country.NL, SourceId = source.Id };
        var lille = new Municipality { Code = "13019", Name = "Lille", Country = Country.BE, SourceId = source.Id };
        db.Municipalities.AddRange(voorburg, lille);
        await db.SaveChangesAsync();
        db.Districts.AddRange(
            District(Voorburg, "Voorburg Oud", voorburg.Id, source.Id),
            District(VoorburgOther, "Park Leeuwenbergh", voorburg.Id, source.Id),
            District(Wechelderzande, "Wechelderzande", lille.Id, source.Id));
        await db.SaveChangesAsync();
        return (voorburg.Id, lille.Id);
    }

    private static District District(string code, string name, int municipalityId, int sourceId)
    {
        var f = new GeometryFactory(new PrecisionModel(), 4326);
        var box = f.CreatePolygon([new(4.35, 52.06), new(4.36, 52.06), new(4.36, 52.07), new(4.35, 52.07), new(4.35, 52.06)]);
        var d = new District { Code = code, Name = name, MunicipalityId = municipalityId, SourceId = sourceId, Boundary = box };
        d.SetExtent(box);
        return d;
    }
}
