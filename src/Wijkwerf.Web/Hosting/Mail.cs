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
            return MailOptions.FromSettings(key => config[key], sp.GetRequiredService<DatabaseLocation>());
        });
        services.AddSingleton<IMailer, Mailer>();
        return services;
    }
}
