using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wijkwerf.Data.Operations;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Operations.Forum;

public sealed class EventModel(ForumService forum, IAuthorizationService authz, Language language) : OperationsPage(authz)
{
    public EventDetail Detail { get; private set; } = null!;
    public string? Name { get; private set; }
    public string? Email { get; private set; }
    public string? Organisation { get; private set; }
    public IReadOnlyList<int> Chosen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, string? name, string? email, string? organisation, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Name = name;
        Email = email;
        Organisation = organisation;
        Chosen = Request.Form.Where(f => f.Key.StartsWith("slot-", StringComparison.Ordinal))
            .Select(f => int.TryParse(f.Value, out var s) ? s : 0).Where(s => s > 0).ToList();
        RegistrationRow? row = null;
        if (await TryAsync(async () => row = await forum.RegisterAsync(id, new RegistrationRequest(name ?? "", email ?? "", organisation, Chosen,
                User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value), ct)))
            return Redirect($"/forum/ticket/{row!.Code}");
        return Page();
    }

    public async Task<IActionResult> OnPostRemindersAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!IsTeam) return Forbid();
        var sent = await forum.SendRemindersAsync(id, $"{Request.Scheme}://{Request.Host}{Request.PathBase}", ct);
        Notice = string.Format(OperationsTexts.For(language).RemindersSent, sent);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        await LoadRolesAsync();
        if (await forum.EventAsync(id, ct) is not { } detail) return false;
        Detail = detail;
        return true;
    }
}
