using Microsoft.EntityFrameworkCore;
using Wijkwerf.Domain.Places;

namespace Wijkwerf.Data.Import;

/// <summary>Municipalities are shared reference rows: sources add or update them by code and never delete them on
/// re-import, because districts of other sources may point at them.</summary>
public sealed class Municipalities(ImportContext ctx)
{
    private readonly Dictionary<string, Municipality> _byCode = new(StringComparer.OrdinalIgnoreCase);

    public async Task<Municipality> UpsertAsync(string code, string name, Country country, Action<Municipality>? update = null)
    {
        if (!_byCode.TryGetValue(code, out var m))
        {
            m = await ctx.Db.Municipalities.FirstOrDefaultAsync(x => x.Code == code, ctx.Cancellation)
                ?? new Municipality { Code = code, Name = name, Country = country, SourceId = ctx.Source.Id };
            _byCode[code] = m;
        }
        m.Name = name;
        update?.Invoke(m);
        if (m.Id == 0) ctx.Db.Municipalities.Add(m);
        else ctx.Db.Municipalities.Update(m);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return m;
    }

    private Dictionary<string, Municipality>? _belgianByName;

    /// <summary>A Belgian municipality by name (Statbel names are unique in Flanders and Brussels); all of them are
    /// read once.</summary>
    public async Task<Municipality?> FindBelgianByNameAsync(string name)
    {
        _belgianByName ??= (await ctx.Db.Municipalities.AsNoTracking().Where(m => m.Country == Country.BE).ToListAsync(ctx.Cancellation))
            .GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.First());
        if (_byCode.Values.FirstOrDefault(m => m.Country == Country.BE && m.Name == name) is { } known) return known;
        if (!_belgianByName.TryGetValue(name, out var m)) return null;
        _byCode[m.Code] = m;
        return m;
    }
}
