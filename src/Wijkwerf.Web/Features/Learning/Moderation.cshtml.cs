using Microsoft.AspNetCore.Mvc;
using Wijkwerf.Data.Knowledge.Drempels;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Learning;

/// <summary>/learning/moderation (platform team): reported and automatically hidden drempels and comments; hide or
/// restore with a reason. <see cref="DrempelService.ModerateAsync"/> refuses a moderator's own content.</summary>
public sealed class ModerationModel(Language language, DrempelService drempels) : LearningPage(language)
{
    public IReadOnlyList<ModerationItem> Queue { get; private set; } = [];
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        if (!SignedIn) return Challenge();
        if (!IsTeam) return Forbid();
        Done = done;
        Queue = await drempels.QueueAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? contentKind, int contentId, bool hide, string? reason, CancellationToken ct)
    {
        if (!SignedIn) return Challenge();
        if (!IsTeam) return Forbid();
        if (await TryAsync(() => drempels.ModerateAsync(contentKind ?? "", contentId, Me, hide, ct, reason)))
            return Redirect($"/learning/moderation?done={(hide ? "hidden" : "restored")}");
        Queue = await drempels.QueueAsync(ct);
        return Page();
    }
}
