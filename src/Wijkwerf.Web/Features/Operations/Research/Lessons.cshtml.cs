using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkwerf.Data.Operations;

namespace Wijkwerf.Web.Features.Operations.Research;

public sealed class LessonsModel(ResearchService research) : PageModel
{
    public IReadOnlyList<ResearchEntryRow> Lessons { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Lessons = await research.CitableLessonsAsync(ct);
}
