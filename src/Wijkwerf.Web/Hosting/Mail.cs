using Wijkwerf.Data.Mail;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Web.Hosting;

public static class Mail
{
    /// <summary>Registers <see cref="IMailer"/>: SMTP when <c>Mail:Smtp:Host</c> is set, else .eml files in
    /// <c>Mail:PickupFolder</c> (default: a <c>mail</c> folder beside the SQLite database, or <c>data/mail</c>).</summary>
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var config = sp.GetRequiredService<IConfiguration>();
            var location = sp.GetRequiredService<DatabaseLocation>();
            var pickup = config["Mail:PickupFolder"] is { Length: > 0 } folder
                ? folder
                : location.IsPostgres
                    ? Path.Combine(Directory.GetCurrentDirectory(), "data", "mail")
                    : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(location.Value)) ?? ".", "mail");
            return new MailOptions(
                From: config["Mail:From"] is { Length: > 0 } from ? from : "wijkwerf@localhost",
                SmtpHost: config["Mail:Smtp:Host"],
                SmtpPort: int.TryParse(config["Mail:Smtp:Port"], out var port) ? port : 587,
                SmtpUser: config["Mail:Smtp:User"],
                SmtpPassword: config["Mail:Smtp:Password"],
                PickupFolder: pickup);
        });
        services.AddSingleton<IMailer, Mailer>();
        return services;
    }
}
