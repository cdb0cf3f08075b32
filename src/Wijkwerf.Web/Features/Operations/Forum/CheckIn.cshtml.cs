using Microsoft.AspNetCore.Authorization;
using Wijkwerf.Data.Operations;

namespace Wijkwerf.Web.Features.Operations.Forum;

/// <summary>The door: a phone-sized form where the team types the code, or opens it from the ticket's QR code
/// (<c>?code=</c>): then the code is filled in and the team confirms.</summary>
[Authorize(Policy = OperationsApi.Team)]
public sealed class CheckInModel(ForumService forum, IAuthorizationService authz) : OperationsPage(authz)
{
    public CheckInResult? Result { get; private set; }
    public string? Code { get; private set; }
    /// <summary>Who the scanned code belongs to, shown before the team confirms.</summary>
    public RegistrationRow? Scanned { get; private set; }

    public async Task OnGetAsync(string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code)) return;
        Code = ForumService.FormatCode(ForumService.NormalizeCode(code));
        Scanned = await forum.RegistrationAsync(code, ct);
    }

    public async Task OnPostAsync(string? code, CancellationToken ct) =>
        await TryAsync(async () => Result = await forum.CheckInAsync(code ?? "", ct));
}
