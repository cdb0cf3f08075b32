using System.Net.Mail;
using System.Text;

namespace Wijkwerf.Data.Mail;

/// <summary>One e-mail: plain text (and optional HTML), one recipient.</summary>
public sealed record MailMessageText(string To, string Subject, string Body, string? HtmlBody = null);

/// <summary>Sends e-mail: notifications digests, reminders, call results. Configure <c>Mail:Smtp:Host</c> (and
/// <c>Port</c>, <c>User</c>, <c>Password</c>, <c>From</c>) to send through SMTP; without it every message is written as
/// an .eml file to the pickup folder <c>Mail:PickupFolder</c> (default <c>data/mail</c> beside the database), which
/// is what development and the tests read.</summary>
public interface IMailer
{
    Task SendAsync(MailMessageText message, CancellationToken ct = default);
}

public sealed record MailOptions(string From, string? SmtpHost, int SmtpPort, string? SmtpUser, string? SmtpPassword, string PickupFolder)
{
    /// <summary>The options from settings named as in the web app's configuration (<c>Mail:From</c>,
    /// <c>Mail:Smtp:Host</c> ...), so the web app and the CLI send the same way; the pickup folder defaults to a
    /// <c>mail</c> folder beside the SQLite database, or <c>data/mail</c> for PostgreSQL.</summary>
    public static MailOptions FromSettings(Func<string, string?> setting, Storage.DatabaseLocation location) => new(
        From: setting("Mail:From") is { Length: > 0 } from ? from : "wijkwerf@localhost",
        SmtpHost: setting("Mail:Smtp:Host"),
        SmtpPort: int.TryParse(setting("Mail:Smtp:Port"), out var port) ? port : 587,
        SmtpUser: setting("Mail:Smtp:User"),
        SmtpPassword: setting("Mail:Smtp:Password"),
        PickupFolder: setting("Mail:PickupFolder") is { Length: > 0 } folder
            ? folder
            : location.IsPostgres
                ? Path.Combine(Directory.GetCurrentDirectory(), "data", "mail")
                : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(location.Value)) ?? ".", "mail"));
}

public sealed class Mailer(MailOptions options) : IMailer
{
    public MailOptions Options => options;

    public async Task SendAsync(MailMessageText message, CancellationToken ct = default)
    {
        if (!MailAddress.TryCreate(message.To, out var to))
            throw new ArgumentException($"\"{message.To}\" is not an e-mail address.", nameof(message));
        using var mail = new MailMessage(new MailAddress(options.From), to)
        {
            Subject = message.Subject.ReplaceLineEndings(" "),
            Body = message.Body,
            BodyEncoding = Encoding.UTF8,
            SubjectEncoding = Encoding.UTF8,
        };
        if (message.HtmlBody is not null)
            mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.HtmlBody, Encoding.UTF8, "text/html"));
        using var client = options.SmtpHost is { Length: > 0 } host
            ? new SmtpClient(host, options.SmtpPort) { EnableSsl = options.SmtpPort != 25 }
            : new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = Directory.CreateDirectory(options.PickupFolder).FullName };
        if (options.SmtpUser is { Length: > 0 } user) client.Credentials = new System.Net.NetworkCredential(user, options.SmtpPassword);
        await client.SendMailAsync(mail, ct);
    }
}
