using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wijkwerf.Data.Operations;

namespace Wijkwerf.Web.Features.Operations.Forum;

/// <summary>A person's registration: the address with the code is the ticket (no account needed), so the code is long
/// enough (32⁸ ≈ 10¹²) not to be guessed.</summary>
public sealed class TicketModel(ForumService forum, IAuthorizationService authz) : OperationsPage(authz)
{
    public RegistrationRow Registration { get; private set; } = null!;
    public string EventTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCancelAsync(string code, CancellationToken ct)
    {
        await TryAsync(() => forum.CancelAsync(code, ct));
        return await LoadAsync(code, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCancelSessionAsync(string code, int sessionId, CancellationToken ct)
    {
        await TryAsync(() => forum.CancelSessionAsync(code, sessionId, ct));
        return await LoadAsync(code, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        if (await forum.RegistrationAsync(code, ct) is not { } r) return false;
        Registration = r;
        EventTitle = (await forum.EventAsync(r.EventId, ct))!.Event.Title;
        return true;
    }
}
