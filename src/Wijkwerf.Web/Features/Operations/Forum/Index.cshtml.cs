using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkwerf.Data.Operations;

namespace Wijkwerf.Web.Features.Operations.Forum;

public sealed class ForumIndexModel(ForumService forum) : PageModel
{
    public IReadOnlyList<EventRow> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Events = await forum.EventsAsync(ct);
}
