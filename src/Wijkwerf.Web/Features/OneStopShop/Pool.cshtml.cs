using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkwerf.Data.OneStopShop;
using Wijkwerf.Domain.OneStopShop;
using Wijkwerf.Engine.OneStopShop;

namespace Wijkwerf.Web.Features.OneStopShop;

/// <summary>The pool of architects, contractors, installers and energy advisors: list, add, edit, and the jobs with
/// their ratings. <c>/one-stop-shop/pool</c> lists and adds; <c>/one-stop-shop/pool/{id}</c> edits one member.</summary>
[Authorize(Policy = OneStopShopApi.Policy)]
public sealed class PoolModel(CurrentStaff me, Pool pool) : PageModel
{
    public IReadOnlyList<PoolMemberRow> Members { get; private set; } = [];
    public PoolMemberRow? Member { get; private set; }
    public IReadOnlyList<PoolJobRow> Jobs { get; private set; } = [];
    public IReadOnlyList<string> Criteria => pool.Criteria;
    public string? Problem { get; private set; }
    public PoolMemberInput? Input { get; private set; }

    public Task<IActionResult> OnGetAsync(long? id, CancellationToken ct) => ShowAsync(id, null, ct);

    public async Task<IActionResult> OnPostSaveAsync(long? id, string name, PoolMemberKind kind, string[]? qualifications, string? serviceAreas, int capacityJobs,
        string? email, string? phone, bool active, CancellationToken ct)
    {
        if (await me.FindAsync(ct) is not { } staff) return Forbid();
        var input = new PoolMemberInput(name ?? "", kind, qualifications ?? [], (serviceAreas ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            capacityJobs, email, phone, id is null || active);
        try
        {
            var saved = id is { } existing ? await pool.UpdateAsync(staff, existing, input, ct) : await pool.AddAsync(staff, input, ct);
            return RedirectToPage(new { id = saved.Id });
        }
        catch (NotInMunicipalityException) { return NotFound(); }
        catch (OneStopShopException e)
        {
            Input = input;
            return await ShowAsync(id, e.Message, ct);
        }
    }

    public async Task<IActionResult> OnPostFinishAsync(long id, long jobId, DateOnly finishedOn, CancellationToken ct)
    {
        if (await me.FindAsync(ct) is not { } staff) return Forbid();
        var scores = Criteria.Where(c => int.TryParse(Request.Form[$"score-{c}"], out _)).ToDictionary(c => c, c => int.Parse(Request.Form[$"score-{c}"]!));
        try
        {
            await pool.FinishAsync(staff, jobId, finishedOn, scores, ct);
            return RedirectToPage(new { id });
        }
        catch (NotInMunicipalityException) { return NotFound(); }
        catch (OneStopShopException e) { return await ShowAsync(id, e.Message, ct); }
    }

    private async Task<IActionResult> ShowAsync(long? id, string? problem, CancellationToken ct)
    {
        if (await me.FindAsync(ct) is not { } staff) return Forbid();
        Members = await pool.ListAsync(staff, ct);
        if (id is { } memberId)
        {
            Member = Members.FirstOrDefault(m => m.Id == memberId);
            if (Member is null) return NotFound();
            Jobs = (await pool.JobsAsync(staff, null, ct)).Where(j => j.MemberId == memberId).ToList();
        }
        Problem = problem;
        return Page();
    }

    public static IReadOnlyList<Qualification> AllQualifications => Qualifications.All;
    public static OneStopShopParameters Parameters => OneStopShopParameters.Default;
}
