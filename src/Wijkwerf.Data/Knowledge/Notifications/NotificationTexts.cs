using Wijkwerf.Domain.Learning;

namespace Wijkwerf.Data.Knowledge.Notifications;

/// <summary>How a notification reads, in Dutch and English: the same words on the in-app list and in the e-mail
/// digest (the digest is sent by the web app and by the CLI, so the words live here, not in a page's texts).</summary>
public static class NotificationTexts
{
    public static string Event(NotificationEvent e, string language) => (e, language == "en") switch
    {
        (NotificationEvent.DrempelComment, false) => "Nieuwe reactie op",
        (NotificationEvent.DrempelComment, true) => "New comment on",
        (NotificationEvent.DrempelMark, false) => "Een andere gemeente kwam dit ook tegen:",
        (NotificationEvent.DrempelMark, true) => "Another municipality hit this too:",
        (NotificationEvent.DrempelShared, false) => "Nieuwe drempel of les:",
        (NotificationEvent.DrempelShared, true) => "New drempel or lesson:",
        (NotificationEvent.ReviewSubmitted, false) => "Nieuwe review voor de case",
        (NotificationEvent.ReviewSubmitted, true) => "New review for the case",
        (NotificationEvent.ReviewAnswered, false) => "Het caseteam antwoordde op een review van",
        (NotificationEvent.ReviewAnswered, true) => "The case team answered a review of",
        (NotificationEvent.EditionPublished, false) => "Nieuwe editie van het werkboek:",
        (NotificationEvent.EditionPublished, true) => "New workbook edition:",
        (NotificationEvent.WorkPointAdded, false) => "Nieuw werkpunt in een werkprogramma dat je volgt:",
        (NotificationEvent.WorkPointAdded, true) => "New work point in a programme you follow:",
        (NotificationEvent.BreakthroughAdded, false) => "Nieuwe doorbraak:",
        (NotificationEvent.BreakthroughAdded, true) => "New breakthrough:",
        (NotificationEvent.GuidanceSessionHeld, false) => "Verslag van een begeleidingssessie bij",
        (NotificationEvent.GuidanceSessionHeld, true) => "Minutes of a guidance session with",
        _ => e.ToString(),
    };

    /// <summary>The subject's title in the language, falling back to Dutch.</summary>
    public static string Title(string nl, string? en, string language) => language == "en" && !string.IsNullOrEmpty(en) ? en : nl;

    public static string DigestSubject(int items, DateOnly day, string language) => language == "en"
        ? $"Wijkwerf: {items} {(items == 1 ? "notification" : "notifications")} for {day:yyyy-MM-dd}"
        : $"Wijkwerf: {items} {(items == 1 ? "melding" : "meldingen")} voor {day:yyyy-MM-dd}";

    public static string DigestIntro(string language) => language == "en"
        ? "What happened today in what you follow on the learning platform:"
        : "Dit gebeurde vandaag in wat je volgt op het leerplatform:";

    public static string DigestFooter(string settingsUrl, string language) => language == "en"
        ? $"You get this e-mail because you turned on the daily digest. Change what you follow or turn it off: {settingsUrl}"
        : $"Je krijgt deze e-mail omdat je de dagelijkse samenvatting aanzette. Kies wat je volgt of zet ze uit: {settingsUrl}";
}
