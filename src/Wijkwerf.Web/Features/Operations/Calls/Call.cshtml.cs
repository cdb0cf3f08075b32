using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Operations;
using Wijkwerf.Data.Storage;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Operations.Calls;

public sealed class CallModel(CallService calls, WijkwerfDb db, UserManager<WijkwerfUser> users, IAuthorizationService authz, Language language) : OperationsPage(authz)
{
    public CallRow Call { get; private set; } = null!;
    public IReadOnlyList<(string Code, string Name, int? MunicipalityId)> Districts { get; private set; } = [];
    public ApplicationForm Form { get; private set; } = new("", "", "", "");

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApplyAsync(int id, ApplicationForm form, string? action, IFormFile? attachment, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!IsContributor) return Forbid();
        Form = form;
        if (await OperationsApi.TenantRefusalAsync(User, form.DistrictCode ?? "", db, users, ct) is not null)
        {
            Error = $"{form.DistrictCode}: not a district of your municipality";
            return Page();
        }
        var texts = OperationsTexts.For(language);
        await TryAsync(async () =>
        {
            var draft = await calls.SaveDraftAsync(id, form with { UserId = users.GetUserId(User) }, ct);
            if (attachment is { Length: > 0 })
            {
                using var ms = new MemoryStream();
                await attachment.CopyToAsync(ms, ct);
                await calls.AttachAsync(draft.Id, attachment.FileName, attachment.ContentType, ms.ToArray(), ct);
            }
            if (action == "submit")
            {
                await calls.SubmitAsync(draft.Id, ct);
                Notice = string.Format(texts.Submitted, draft.Id);
            }
            else Notice = string.Format(texts.DraftSaved, draft.Id);
        });
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        await LoadRolesAsync();
        if (await calls.CallAsync(id, ct) is not { } call) return false;
        Call = call;
        if (IsContributor) Districts = await OperationsDemoSeed.PilotDistrictsAsync(db, ct);
        return true;
    }
}
