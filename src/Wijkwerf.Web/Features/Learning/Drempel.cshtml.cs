using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Knowledge.Drempels;
using Wijkwerf.Data.Knowledge.Notifications;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Learning;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Learning;

/// <summary>/learning/drempels/{id}: one drempel or lesson with its sanitised text, links, attachments, "we hit this
/// too" marks, threaded comments with reply forms, report buttons and a follow button. The rules are
/// <see cref="DrempelService"/>'s; a refusal is shown on the page.</summary>
public sealed class DrempelModel(Language language, DrempelService drempels, NotificationService notifications, WijkwerfDb db) : LearningPage(language)
{
    public DrempelView? Drempel { get; private set; }
    public IReadOnlyList<string> MarkedBy { get; private set; } = [];
    public string? ProgrammeTitle { get; private set; }
    public string? MunicipalityName { get; private set; }
    public string? CaseTitle { get; private set; }
    public int? CaseId { get; private set; }
    public string? DistrictCode { get; private set; }
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();
    public FollowState Follows { get; private set; } = FollowState.None;
    /// <summary>The signed-in person's municipality: marks are made on its behalf.</summary>
    public int? MyMunicipality { get; private set; }
    public string AuthorName { get; private set; } = "";
    public string AuthorId { get; private set; } = "";
    public int? AuthorMunicipality { get; private set; }
    public bool ReportedNow { get; private set; }
    public string DrempelUrl(int id) => $"/learning/drempels/{id}";

    public Task<IActionResult> OnGetAsync(int id, bool reported, CancellationToken ct)
    {
        ReportedNow = reported;
        return ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostMarkAsync(int id, CancellationToken ct)
    {
        if (!SignedIn) return Challenge();
        var municipality = await LearningApi.MunicipalityOfAsync(db, User, ct);
        return await TryAsync(() => drempels.MarkAsync(id, Me, municipality, ct)) ? Redirect(DrempelUrl(id) + "#marks") : await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostCommentAsync(int id, int? parentId, string? text, CancellationToken ct)
    {
        if (!SignedIn) return Challenge();
        DrempelComment? comment = null;
        return await TryAsync(async () => comment = await drempels.CommentAsync(id, parentId, text ?? "", Me, ct))
            ? Redirect(DrempelUrl(id) + $"#comment-{comment!.Id}")
            : await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostReportAsync(int id, string? contentKind, int contentId, string? reason, CancellationToken ct)
    {
        if (!SignedIn) return Challenge();
        var hidden = false;
        if (!await TryAsync(async () => hidden = await drempels.ReportAsync(contentKind ?? "", contentId, Me, reason, ct))) return await ShowAsync(id, ct);
        // Hidden by this report: the drempel itself is gone for this reader, the list is where they can go on.
        return hidden && contentKind == "drempel" && !IsTeam ? Redirect("/learning/drempels") : Redirect(DrempelUrl(id) + "?reported=true");
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        try { Drempel = await drempels.GetAsync(id, IsTeam, ct); }
        catch (Wijkwerf.Data.Knowledge.LearningException) { return NotFound(); }
        var d = await db.Drempels.AsNoTracking().FirstAsync(x => x.Id == id, ct);
        MarkedBy = await drempels.MarkedByAsync(id, ct);
        ProgrammeTitle = d.ProgrammeId is { } p ? await db.WorkProgrammes.Where(x => x.Id == p).Select(x => English && x.TitleEn != null ? x.TitleEn : x.Title).FirstOrDefaultAsync(ct) : null;
        MunicipalityName = d.MunicipalityId is { } m ? await db.Municipalities.Where(x => x.Id == m).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        CaseId = d.CaseId;
        CaseTitle = d.CaseId is { } c ? await db.Cases.Where(x => x.Id == c).Select(x => x.Title).FirstOrDefaultAsync(ct) : null;
        DistrictCode = d.DistrictCode;
        var authors = Flatten(Drempel.Comments).Select(x => x.AuthorId).Append(d.AuthorId).Distinct().ToList();
        Names = await db.Users.AsNoTracking().Where(u => authors.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.UserName ?? u.Id, ct);
        Follows = await FollowState.LoadAsync(notifications, SignedIn ? Me : null, DrempelUrl(id), T, ct);
        if (SignedIn) MyMunicipality = await LearningApi.MunicipalityOfAsync(db, User, ct);
        AuthorName = Name(d.AuthorId);
        AuthorId = d.AuthorId;
        AuthorMunicipality = d.MunicipalityId;
        return Page();
    }

    public string Name(string userId) => Names.GetValueOrDefault(userId, "?");

    private static IEnumerable<CommentView> Flatten(IEnumerable<CommentView> comments) => comments.SelectMany(c => Flatten(c.Replies).Prepend(c));
}
