using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace Wijkwerf.Data.Knowledge.Notifications;

/// <summary>The unread count the site navigation shows on every page, kept per person for <see cref="Expiry"/> so a page
/// view does not query. Exact for the changes this process makes through the services: a new notification, marking one
/// or all read and erasing a person forget that person's count; a moderator hiding or restoring content forgets every
/// count (the count leaves out notifications about hidden content). Callers forget after the change is committed.
/// A change made elsewhere — the CLI, another web node — shows only once the entry expires, so this is for a single
/// web node (several nodes would need a shared cache or a change feed).</summary>
/// <remarks>Each person has a generation, raised by every change. A count is kept with the generation read before its
/// query and is served only while that generation holds, so a query that overlapped a change never serves its old
/// answer afterwards.</remarks>
public sealed class UnreadNotificationCounts(IMemoryCache cache, TimeSpan? expiry = null)
{
    public static readonly TimeSpan DefaultExpiry = TimeSpan.FromSeconds(30);

    public TimeSpan Expiry { get; } = expiry ?? DefaultExpiry;

    private readonly ConcurrentDictionary<string, long> generations = new(StringComparer.Ordinal);
    private long everyone;

    private sealed record Entry(int Count, long Generation, long Everyone);

    public async Task<int> GetAsync(string userId, Func<CancellationToken, Task<int>> count, CancellationToken ct)
    {
        var generation = generations.GetValueOrDefault(userId);
        var all = Interlocked.Read(ref everyone);
        if (cache.TryGetValue(Key(userId), out Entry? kept) && kept is not null && kept.Generation == generation && kept.Everyone == all)
            return kept.Count;
        var n = await count(ct);
        cache.Set(Key(userId), new Entry(n, generation, all), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Expiry, Size = 1 });
        return n;
    }

    public void Forget(string userId)
    {
        generations.AddOrUpdate(userId, 1, (_, g) => g + 1);
        cache.Remove(Key(userId));
    }

    public void Forget(IEnumerable<string> userIds)
    {
        foreach (var id in userIds) Forget(id);
    }

    /// <summary>Every person's count, e.g. after content was hidden or restored.</summary>
    public void ForgetAll() => Interlocked.Increment(ref everyone);

    private static (string, string) Key(string userId) => ("unread-notifications", userId);
}
