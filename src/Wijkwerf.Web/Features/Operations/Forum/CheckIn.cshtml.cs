using Microsoft.AspNetCore.Authorization;
using Wijkwerf.Data.Operations;

namespace Wijkwerf.Web.Features.Operations.Forum;

/// <summary>The door: a phone-sized form where the team types (or a scanner types) the code.</summary>
[Authorize(Policy = OperationsApi.Team)]
public sealed class CheckInModel(ForumService forum, IAuthorizationService authz) : OperationsPage(authz)
{
    public CheckInResult? Result { get; private set; }

    public void OnGet() { }

    public async Task OnPostAsync(string? code, CancellationToken ct) =>
        await TryAsync(async () => Result = await forum.CheckInAsync(code ?? "", ct));
}
