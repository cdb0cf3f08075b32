using Wijkwerf.Data.Operations;

namespace Wijkwerf.Web.Features.Operations.Forum;

public sealed class ForumIndexModel(ForumService forum, Microsoft.AspNetCore.Authorization.IAuthorizationService authz) : OperationsPage(authz)
{
    public IReadOnlyList<EventRow> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadRolesAsync();
        Events = await forum.EventsAsync(ct);
    }
}
