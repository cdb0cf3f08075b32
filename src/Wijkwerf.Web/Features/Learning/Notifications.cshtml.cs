using Microsoft.AspNetCore.Mvc;
using Wijkwerf.Data.Knowledge.Notifications;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Learning;

/// <summary>/learning/notifications: the signed-in person's notifications, unread first, marked read one by one or all
/// at once; also where every follow button posts to.</summary>
public sealed class NotificationsModel(Language language, NotificationService notifications) : LearningPage(language)
{
    public IReadOnlyList<NotificationView> Items { get; private set; } = [];
    public string Lang => English ? "en" : "nl";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!SignedIn) return Challenge();
        Items = await notifications.ListAsync(Me, 200, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostReadAsync(int id, CancellationToken ct)
    {
        if (!SignedIn) return Challenge();
        return await TryAsync(() => notifications.MarkReadAsync(Me, id, ct)) ? Redirect("/learning/notifications") : await OnGetAsync(ct);
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        if (!SignedIn) return Challenge();
        await notifications.MarkAllReadAsync(Me, ct);
        return Redirect("/learning/notifications");
    }

    public Task<IActionResult> OnPostFollowAsync(string? target, string? key, string? returnUrl, CancellationToken ct) =>
        ChangeFollowAsync(() => notifications.FollowAsync(Me, LearningApi.ParseTarget(target), key ?? "", ct), returnUrl, ct);

    public Task<IActionResult> OnPostUnfollowAsync(string? target, string? key, string? returnUrl, CancellationToken ct) =>
        ChangeFollowAsync(() => notifications.UnfollowAsync(Me, LearningApi.ParseTarget(target), key ?? "", ct), returnUrl, ct);

    private async Task<IActionResult> ChangeFollowAsync(Func<Task> change, string? returnUrl, CancellationToken ct)
    {
        if (!SignedIn) return Challenge();
        if (await TryAsync(change)) return Redirect(returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "/learning/notifications/settings");
        return await OnGetAsync(ct);
    }
}
