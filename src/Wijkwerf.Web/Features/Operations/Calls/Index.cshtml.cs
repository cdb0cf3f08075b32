using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkwerf.Data.Operations;

namespace Wijkwerf.Web.Features.Operations.Calls;

public sealed class CallsIndexModel(CallService calls) : PageModel
{
    public IReadOnlyList<CallRow> Calls { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Calls = await calls.CallsAsync(ct);
}
