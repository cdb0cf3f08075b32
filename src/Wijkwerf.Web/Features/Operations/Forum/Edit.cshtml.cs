using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wijkwerf.Data.Operations;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Operations.Forum;

/// <summary>The platform team creates an event (<c>/forum/edit</c>) and edits it and its programme
/// (<c>/forum/edit/{id}</c>): add, edit and cancel sessions. The rules are the services' own, so the page refuses what
/// the API refuses, with the same message.</summary>
[Authorize(Policy = OperationsApi.Team)]
public sealed class EditModel(ForumService forum, IAuthorizationService authz, Language language) : OperationsPage(authz)
{
    public EventDetail? Detail { get; private set; }
    public EventFields Event { get; private set; } = new();
    public SessionFields Session { get; private set; } = new();
    /// <summary>Which form the error belongs to ("event" or "session").</summary>
    public string? ErrorIn { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, int? session, string? saved, int? calledOff, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var texts = OperationsTexts.For(language);
        if (saved is not null) Notice = texts.Saved;
        if (calledOff is { } told) Notice = string.Format(texts.CalledOffNotice, told);
        if (Detail is { } d)
        {
            Event = EventFields.Of(d);
            Session = session is { } sid && d.Sessions.FirstOrDefault(s => s.Id == sid && !s.Cancelled) is { } row ? SessionFields.Of(row) : SessionFields.For(d.Event);
        }
        else
        {
            var tomorrow = BrusselsTime.ToBrussels(DateTime.UtcNow).Date.AddDays(30).AddHours(9);
            Event = new EventFields { Starts = tomorrow.ToString(FormValues.DateTimeFormat), Ends = tomorrow.AddHours(8).ToString(FormValues.DateTimeFormat) };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostEventAsync(int? id, EventFields form, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Event = form;
        var created = 0;
        if (await TryAsync(async () =>
            {
                if (id is { } existing) await forum.UpdateEventAsync(existing, form.ToNewEvent($"event {existing}"), ct);
                else created = await forum.CreateEventAsync(form.ToNewEvent("event"), ct);
            }))
            return Redirect($"/forum/edit/{id ?? created}?saved=1");
        ErrorIn = "event";
        if (Detail is { } d) Session = SessionFields.For(d.Event);
        return Page();
    }

    public async Task<IActionResult> OnPostSessionAsync(int id, SessionFields form, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Detail is not { } d) return NotFound();
        if (form.SessionId is { } sid && d.Sessions.All(s => s.Id != sid)) return NotFound();
        Event = EventFields.Of(d);
        Session = form;
        if (await TryAsync(async () =>
            {
                if (form.SessionId is { } existing) await forum.UpdateSessionAsync(existing, form.ToNewSession($"session {existing}"), ct);
                else await forum.AddSessionAsync(id, form.ToNewSession("session"), ct);
            }))
            return Redirect($"/forum/edit/{id}?saved=1#programme-heading");
        ErrorIn = "session";
        return Page();
    }

    public async Task<IActionResult> OnPostCallOffAsync(int id, int sessionId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Detail is not { } d) return NotFound();
        if (d.Sessions.All(s => s.Id != sessionId)) return NotFound();
        var told = 0;
        if (await TryAsync(async () => told = await forum.CallOffSessionAsync(sessionId, ct)))
            return Redirect($"/forum/edit/{id}?calledOff={told}#programme-heading");
        Event = EventFields.Of(d);
        Session = SessionFields.For(d.Event);
        ErrorIn = "session";
        return Page();
    }

    private async Task<bool> LoadAsync(int? id, CancellationToken ct)
    {
        await LoadRolesAsync();
        if (id is not { } eventId) return true;
        Detail = await forum.EventAsync(eventId, ct);
        return Detail is not null;
    }
}
