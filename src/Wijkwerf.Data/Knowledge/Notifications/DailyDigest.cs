using System.Text;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Mail;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Learning;

namespace Wijkwerf.Data.Knowledge.Notifications;

/// <summary>What one run of the digest did: mails sent, notifications in them, people who already had that day's
/// digest, and people whose mail failed (their digest stays unsent, so a later run tries again).</summary>
public sealed record DigestRun(DateOnly Day, int Digests, int Items, int AlreadySent, int Failed);

/// <summary>The daily e-mail digest: for each person who turned it on, one mail per day (Europe/Brussels) with their
/// unread notifications not yet mailed, in their language, leaving out hidden content. The delivery is recorded (unique
/// per person and day) before the mail goes out, so neither a restart, a second run, nor a second web node mails
/// anyone twice; when sending fails the record is taken back.</summary>
public sealed class DailyDigest(WijkwerfDb db, IMailer mailer, string baseUrl)
{
    public static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
    /// <summary>The setting with the site's public address, for the links in the mail.</summary>
    public const string BaseUrlSetting = "Learning:Digest:BaseUrl";
    public const string DefaultBaseUrl = "http://localhost:5080";

    /// <summary>The day in Brussels at a moment.</summary>
    public static DateOnly DayIn(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Brussels).DateTime);

    /// <summary>The moment (UTC) a Brussels day starts.</summary>
    public static DateTime StartUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), Brussels);

    public async Task<DigestRun> RunAsync(DateOnly day, CancellationToken ct)
    {
        var endUtc = StartUtc(day.AddDays(1));
        var subscribers = await db.NotificationSettings.AsNoTracking().Where(s => s.DigestEnabled).OrderBy(s => s.UserId).ToListAsync(ct);
        int digests = 0, items = 0, already = 0, failed = 0;
        foreach (var settings in subscribers)
        {
            if (await db.DigestDeliveries.AnyAsync(d => d.UserId == settings.UserId && d.Day == day, ct)) { already++; continue; }
            var email = await db.Users.Where(u => u.Id == settings.UserId).Select(u => u.Email).FirstOrDefaultAsync(ct);
            if (string.IsNullOrEmpty(email)) continue;
            var pending = await NotificationService.VisibleIn(db, db.Notifications.Where(n => n.UserId == settings.UserId))
                .Where(n => n.DigestId == null && n.ReadAtUtc == null && n.CreatedAtUtc < endUtc).OrderBy(n => n.Id).ToListAsync(ct);
            if (pending.Count == 0) continue;

            var delivery = new DigestDelivery { UserId = settings.UserId, Day = day, Items = pending.Count, SentAtUtc = DateTime.UtcNow };
            var ids = pending.Select(n => n.Id).ToList();
            try
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                db.DigestDeliveries.Add(delivery);
                await db.SaveChangesAsync(ct);
                await db.Notifications.Where(n => ids.Contains(n.Id)).ExecuteUpdateAsync(u => u.SetProperty(n => n.DigestId, delivery.Id), ct);
                await tx.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another run (another web node) recorded this person's digest for the day first.
                db.ChangeTracker.Clear();
                already++;
                continue;
            }

            try
            {
                await mailer.SendAsync(Compose(email, day, pending, settings.Language), ct);
                digests++;
                items += pending.Count;
            }
            catch (Exception e) when (e is System.Net.Mail.SmtpException or IOException or ArgumentException)
            {
                await db.Notifications.Where(n => n.DigestId == delivery.Id).ExecuteUpdateAsync(u => u.SetProperty(n => n.DigestId, (int?)null), CancellationToken.None);
                await db.DigestDeliveries.Where(d => d.Id == delivery.Id).ExecuteDeleteAsync(CancellationToken.None);
                failed++;
            }
        }
        return new DigestRun(day, digests, items, already, failed);
    }

    private MailMessageText Compose(string to, DateOnly day, IReadOnlyList<Notification> pending, string language)
    {
        var root = baseUrl.TrimEnd('/');
        var lang = language == "en" ? "en" : "nl";
        string Link(string url)
        {
            var hash = url.IndexOf('#');
            var (path, fragment) = hash < 0 ? (url, "") : (url[..hash], url[hash..]);
            return root + path + (path.Contains('?') ? "&" : "?") + "lang=" + lang + fragment;
        }
        var text = new StringBuilder().AppendLine(NotificationTexts.DigestIntro(lang)).AppendLine();
        foreach (var n in pending)
        {
            var line = $"{NotificationTexts.Event(n.Event, lang)} {NotificationTexts.Title(n.Title, n.TitleEn, lang)}";
            text.AppendLine("- " + line).AppendLine("  " + Link(n.Url));
        }
        var footer = NotificationTexts.DigestFooter(Link("/learning/notifications/settings"), lang);
        text.AppendLine().AppendLine(footer);
        return new MailMessageText(to, NotificationTexts.DigestSubject(pending.Count, day, lang), text.ToString());
    }
}
