using Microsoft.AspNetCore.Mvc;
using Wijkwerf.Data.Knowledge.Notifications;
using Wijkwerf.Data.Storage;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Learning;

/// <summary>/learning/notifications/settings: what the person follows (with unfollow buttons), following a werf, their
/// municipality or the workbook, and the daily e-mail digest on or off in a language.</summary>
public sealed class NotificationSettingsModel(Language language, NotificationService notifications, WijkwerfDb db) : LearningPage(language)
{
    public IReadOnlyList<FollowView> Following { get; private set; } = [];
    public SettingsView Settings { get; private set; } = new(false, "nl");
    public FollowState Follows { get; private set; } = FollowState.None;
    public int? MyMunicipality { get; private set; }
    public string? MyMunicipalityName { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken ct)
    {
        if (!SignedIn) return Challenge();
        Saved = saved;
        Following = await notifications.FollowingAsync(Me, ct);
        var settings = await notifications.SettingsAsync(Me, ct);
        // While the digest is off, the language the person reads this page in is the natural one to offer.
        Settings = settings.DigestEnabled ? settings : settings with { Language = English ? "en" : "nl" };
        Follows = await FollowState.LoadAsync(notifications, Me, "/learning/notifications/settings", T, ct);
        MyMunicipality = await LearningApi.MunicipalityOfAsync(db, User, ct);
        if (MyMunicipality is { } m) MyMunicipalityName = (await db.Municipalities.FindAsync([m], ct))?.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool digest, string? digestLanguage, CancellationToken ct)
    {
        if (!SignedIn) return Challenge();
        if (await TryAsync(() => notifications.SaveSettingsAsync(Me, digest, digestLanguage ?? "nl", ct))) return Redirect("/learning/notifications/settings?saved=true");
        return await OnGetAsync(false, ct);
    }
}
