using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Knowledge;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Learning;

/// <summary>What every learning page shares: its texts, who is asking, and refusals shown as a message on the page.</summary>
public abstract class LearningPage(Language language) : PageModel
{
    public LearningTexts T => LearningTexts.For(language.Code);
    public bool English => language.Code == "en";
    public bool IsTeam => User.IsInRole(Roles.PlatformAdmin);
    public bool SignedIn => User.Identity?.IsAuthenticated == true;
    public string Me => User.UserId();
    public string? Error { get; private set; }

    /// <summary>Picks the English text when the page is in English and there is one; else Dutch (see <see cref="Missing"/>).</summary>
    public string Pick(string nl, string? en) => English && !string.IsNullOrEmpty(en) ? en : nl;
    /// <summary>True when the page is in English and the field has no English text: show the "not translated" marker.</summary>
    public bool Missing(string? en) => English && string.IsNullOrEmpty(en);

    /// <summary>Runs a change; a refusal becomes the page's error message and the page is shown again.</summary>
    protected async Task<bool> TryAsync(Func<Task> change)
    {
        try
        {
            await change();
            HttpContext.RequestServices.GetRequiredService<Wijkwerf.Data.Knowledge.Search.LearningSearch>().Invalidate();
            return true;
        }
        catch (LearningException e)
        {
            Error = e.Message;
            Response.StatusCode = e.Kind switch { Refusal.NotFound => 404, Refusal.Forbidden => 403, Refusal.Conflict => 409, _ => 400 };
            return false;
        }
    }
}
