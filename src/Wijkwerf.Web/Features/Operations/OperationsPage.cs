using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkwerf.Data.Import;

namespace Wijkwerf.Web.Features.Operations;

/// <summary>What every operations page shares: whether the user is on the platform team or may contribute, and the
/// message of a refused form (shown with role="alert" next to the form).</summary>
public abstract class OperationsPage(IAuthorizationService authz) : PageModel
{
    public bool IsTeam { get; private set; }
    public bool IsContributor { get; private set; }
    public string? Error { get; protected set; }
    public string? Notice { get; protected set; }

    protected async Task LoadRolesAsync()
    {
        if (User.Identity?.IsAuthenticated != true) return;
        IsTeam = (await authz.AuthorizeAsync(User, OperationsApi.Team)).Succeeded;
        IsContributor = (await authz.AuthorizeAsync(User, OperationsApi.Contributors)).Succeeded;
    }

    /// <summary>Runs a form action; a refusal becomes <see cref="Error"/> and the page shows again with what was typed.</summary>
    protected async Task<bool> TryAsync(Func<Task> action)
    {
        try
        {
            await action();
            return true;
        }
        catch (BadInputException e)
        {
            Error = e.Problem;
            return false;
        }
    }
}
