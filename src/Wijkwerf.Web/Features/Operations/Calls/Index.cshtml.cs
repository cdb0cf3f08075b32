using Wijkwerf.Data.Operations;

namespace Wijkwerf.Web.Features.Operations.Calls;

public sealed class CallsIndexModel(CallService calls, Microsoft.AspNetCore.Authorization.IAuthorizationService authz) : OperationsPage(authz)
{
    public IReadOnlyList<CallRow> Calls { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadRolesAsync();
        Calls = await calls.CallsAsync(ct);
    }
}
