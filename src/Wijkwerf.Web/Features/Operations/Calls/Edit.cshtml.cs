using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wijkwerf.Data.Operations;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Operations.Calls;

/// <summary>The platform team creates a call (<c>/calls/edit</c>) and edits it (<c>/calls/edit/{id}</c>): texts in
/// Dutch and English, weighted criteria, eligibility, Brussels opening and closing, places. The rules are
/// <see cref="CallService"/>'s own, the same as the API's.</summary>
[Authorize(Policy = OperationsApi.Team)]
public sealed class EditModel(CallService calls, IAuthorizationService authz, Language language) : OperationsPage(authz)
{
    public CallRow? Call { get; private set; }
    public CallFields Form { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int? id, string? saved, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (saved is not null) Notice = OperationsTexts.For(language).Saved;
        if (Call is { } c) Form = CallFields.Of(c);
        else
        {
            var start = BrusselsTime.ToBrussels(DateTime.UtcNow).Date.AddDays(1).AddHours(9);
            Form = new CallFields { Opens = start.ToString(FormValues.DateTimeFormat), Closes = start.AddDays(56).AddHours(8).AddMinutes(59).ToString(FormValues.DateTimeFormat) };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CallFields form, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Form = form;
        var created = 0;
        if (await TryAsync(async () =>
            {
                if (id is { } existing) await calls.UpdateAsync(existing, form.ToNewCall($"call {existing}"), ct);
                else created = await calls.CreateAsync(form.ToNewCall("call"), ct);
            }))
            return Redirect($"/calls/edit/{id ?? created}?saved=1");
        return Page();
    }

    private async Task<bool> LoadAsync(int? id, CancellationToken ct)
    {
        await LoadRolesAsync();
        if (id is not { } callId) return true;
        Call = await calls.CallAsync(callId, ct);
        return Call is not null;
    }
}
