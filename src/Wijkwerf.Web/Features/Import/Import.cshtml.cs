using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Wijkwerf.Web.Features.Import;

[Authorize(Policy = ImportsApi.Policy)]
public sealed class ImportModel(ImportJobs jobs) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    public bool MissingFile { get; private set; }
    public ImportJob? Job { get; private set; }

    public IActionResult OnGet(Guid? id)
    {
        if (id is { } jobId)
        {
            Job = jobs.Find(jobId);
            if (Job is null) return NotFound();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            MissingFile = true;
            return Page();
        }
        var job = await jobs.EnqueueAsync(Upload, User.Identity?.Name, ct);
        return Redirect($"/import/{job.Id}");
    }
}
