using Wijkwerf.Data.Knowledge.Notifications;
using Wijkwerf.Domain.Learning;

namespace Wijkwerf.Web.Features.Learning;

/// <summary>What the follow button partial (_Follow) shows: one thing, whether the person follows it, where to return.</summary>
public sealed record FollowButton(FollowTarget Target, string Key, string Subject, bool Following, string ReturnUrl, LearningTexts Texts);

/// <summary>The signed-in person's follows, looked up once per page, to draw follow buttons.</summary>
public sealed class FollowState(IReadOnlySet<(FollowTarget, string)> follows, string returnUrl, LearningTexts texts, bool signedIn)
{
    public static readonly FollowState None = new(new HashSet<(FollowTarget, string)>(), "/learning", LearningTexts.Nl, false);

    public bool SignedIn => signedIn;

    public FollowButton Button(FollowTarget target, string key, string subject) =>
        new(target, key, subject, follows.Contains((target, key.ToLowerInvariant())), returnUrl, texts);

    public static async Task<FollowState> LoadAsync(NotificationService notifications, string? userId, string returnUrl, LearningTexts texts, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(userId)) return new(new HashSet<(FollowTarget, string)>(), returnUrl, texts, false);
        var mine = await notifications.FollowKeysAsync(userId, ct);
        return new(mine, returnUrl, texts, true);
    }
}
