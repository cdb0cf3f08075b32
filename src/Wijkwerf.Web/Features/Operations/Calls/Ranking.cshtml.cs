using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wijkwerf.Data.Operations;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Operations.Calls;

/// <summary>The ranking of a call's applications (the engine's <c>CallRanking</c>) with the mean per criterion, and
/// the selection once the call has closed.</summary>
[Authorize(Policy = OperationsApi.Team)]
public sealed class RankingModel(CallService calls, IAuthorizationService authz, Language language) : OperationsPage(authz)
{
    public CallRow Call { get; private set; } = null!;
    public IReadOnlyList<RankingRow> Ranking { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSelectAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        await TryAsync(async () =>
        {
            var result = await calls.SelectAsync(id, null, ct);
            Notice = string.Format(OperationsTexts.For(language).Selected, result.Selected.Count, result.Notified);
        });
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        await LoadRolesAsync();
        if (await calls.CallAsync(id, ct) is not { } call) return false;
        Call = call;
        Ranking = await calls.RankingAsync(id, ct);
        return true;
    }
}
