using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Mail;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Learning;
using Wijkwerf.Domain.Operations;
using Wijkwerf.Engine.Operations;

namespace Wijkwerf.Data.Operations;

/// <summary>A criterion of a call: its weight is a percentage (the weights of a call add up to 100). <see cref="Id"/>
/// names an existing criterion when a call is edited.</summary>
public sealed record NewCriterion(string Name, double Weight, string? NameEn = null, int? Id = null);

/// <summary>A new call (or a call's new contents). Opening and closing are Europe/Brussels wall-clock times (as the
/// seed's "aanmelden kan tot vrijdag 13 juli 2018").</summary>
public sealed record NewCall(string Title, string Text, DateTime OpensBrussels, DateTime ClosesBrussels, int MaxPlaces,
    IReadOnlyList<NewCriterion> Criteria, int ScaleMin = 0, int ScaleMax = 10, string? EligibleCountry = null,
    string EligibleApplicantTypes = "municipality", int MinPartners = 0, string? TitleEn = null, string? TextEn = null);

public sealed record ApplicationForm(string DistrictCode, string Organisation, string ContactName, string ContactEmail,
    string ApplicantType = "municipality", string? Partners = null, string? Motivation = null, string? SocialProfile = null,
    string? TechnicalProfile = null, string? UserId = null);

public sealed record CriterionRow(int Id, string Name, string? NameEn, double Weight);

public sealed record CallRow(int Id, string Title, string? TitleEn, string Text, string? TextEn, DateTime OpensAtUtc, DateTime ClosesAtUtc,
    string OpensBrussels, string ClosesBrussels, int MaxPlaces, int ScaleMin, int ScaleMax, string? EligibleCountry,
    string EligibleApplicantTypes, int MinPartners, string State, int Submitted, int Drafts, IReadOnlyList<CriterionRow> Criteria);

public sealed record ApplicationRow(int Id, int CallId, string DistrictCode, string? DistrictName, string Organisation, string ApplicantType,
    string ContactName, string ContactEmail, string? Partners, string? Motivation, string? SocialProfile, string? TechnicalProfile,
    ApplicationStatus Status, DateTime? SubmittedAtUtc, int? CaseId, IReadOnlyList<string> Attachments);

public sealed record RankingRow(int Rank, int ApplicationId, string DistrictCode, string? DistrictName, string Organisation,
    double WeightedScore, IReadOnlyDictionary<string, double> MeanPerCriterion, int Reviewers, bool Complete, ApplicationStatus Status);

public sealed record GivenScore(int CriterionId, int Value, string? Comment = null);

public sealed record AssignedReviewer(int ReviewerId, int Scores);

public sealed record ReviewBoardRow(int ApplicationId, string DistrictCode, string? DistrictName, string Organisation, IReadOnlyList<string> Partners,
    ApplicationStatus Status, IReadOnlyList<AssignedReviewer> Reviewers, IReadOnlyDictionary<int, string> Conflicts);

public sealed record ReviewBoard(IReadOnlyList<CallReviewer> Reviewers, int Criteria, IReadOnlyList<ReviewBoardRow> Applications);

public sealed record ReviewTask(int CallId, string CallTitle, string? CallTitleEn, int ReviewerId, string ReviewerName, int ScaleMin, int ScaleMax,
    bool Open, ApplicationRow Application, IReadOnlyList<CriterionRow> Criteria, IReadOnlyList<GivenScore> Scores);

public sealed record SelectionResult(IReadOnlyList<int> Selected, IReadOnlyList<int> CaseIds, int Notified);

/// <summary>Calls for applications: open → applications (draft, submit) → assigned reviewers score per criterion →
/// weighted ranking → selection → every applicant notified, selected districts become cases.</summary>
public sealed class CallService(WijkwerfDb db, IMailer mailer, TimeProvider clock)
{
    /// <summary>The applicant types a call can admit.</summary>
    public static readonly IReadOnlyList<string> ApplicantTypes = ["municipality", "housing-association"];

    /// <summary>The countries a call can be limited to.</summary>
    public static readonly IReadOnlyList<string> Countries = ["NL", "BE"];

    public async Task<int> CreateAsync(NewCall c, CancellationToken ct = default)
    {
        var call = new Call { Title = "", Text = "" };
        Apply(Validate(c, "call"), call);
        db.Calls.Add(call);
        await db.SaveChangesAsync(ct);
        return call.Id;
    }

    /// <summary>Changes a call's text, times, places, criteria and eligibility (the same rules as a new call). Once
    /// reviewers have scored, the scale stays and a scored criterion stays; after the selection nothing changes.</summary>
    public async Task UpdateAsync(int callId, NewCall c, CancellationToken ct = default)
    {
        var what = $"call {callId}";
        var call = await db.Calls.Include(x => x.Criteria).FirstOrDefaultAsync(x => x.Id == callId, ct) ?? throw UnknownCall(callId);
        if (call.SelectedAtUtc is not null) throw Refuse.Because(what, "selection", "the selection is made; the call can no longer change");
        var valid = Validate(c, what);
        if (c.Criteria.FirstOrDefault(x => x.Id is { } id && call.Criteria.All(k => k.Id != id)) is { } stray)
            throw Refuse.Because(what, "criteria", $"criterion {stray.Id} is not a criterion of this call");
        var criterionIds = call.Criteria.Select(k => k.Id).ToList();
        var scored = await db.ReviewScores.Where(s => criterionIds.Contains(s.CriterionId)).Select(s => s.CriterionId).Distinct().ToListAsync(ct);
        if (scored.Count > 0 && (valid.ScaleMin != call.ScaleMin || valid.ScaleMax != call.ScaleMax))
            throw Refuse.Because(what, "scale", $"reviewers have scored on {call.ScaleMin}–{call.ScaleMax}; the scale can no longer change");
        if (call.Criteria.FirstOrDefault(k => scored.Contains(k.Id) && c.Criteria.All(x => x.Id != k.Id)) is { } dropped)
            throw Refuse.Because(what, "criteria", $"'{dropped.Name}' has scores; it cannot be removed");
        Apply(valid, call);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The rules of a call's contents, one set for the API, the pages and the seed: a title and text, closing
    /// after opening (both existing Brussels times), at least one place, a scale, criteria whose weights add up to
    /// 100 %, eligibility from the known applicant types and countries.</summary>
    private static NewCall Validate(NewCall c, string what)
    {
        var title = Refuse.Required(c.Title, what, "title", 300);
        var text = Refuse.Required(c.Text, what, "text", 20_000);
        var opens = BrusselsTime.ToUtc(c.OpensBrussels, what, "opens");
        var closes = BrusselsTime.ToUtc(c.ClosesBrussels, what, "closes");
        if (closes <= opens) throw Refuse.Because(what, "closes", "closes before it opens");
        if (c.MaxPlaces < 1) throw Refuse.Because(what, "maxPlaces", "must be at least 1");
        if (c.ScaleMin < 0) throw Refuse.Because(what, "scaleMin", "must be 0 or more");
        if (c.ScaleMax <= c.ScaleMin) throw Refuse.Because(what, "scaleMax", "must be above the scale's minimum");
        if (c.ScaleMax > 100) throw Refuse.Because(what, "scaleMax", "must be 100 or less");
        if (c.Criteria is not { Count: > 0 }) throw Refuse.Because(what, "criteria", "a call needs at least one criterion");
        var criteria = c.Criteria.Select(x => x with { Name = Refuse.Required(x.Name, what, "criteria"), NameEn = Blank(x.NameEn) }).ToList();
        if (criteria.FirstOrDefault(x => x.Weight <= 0 || double.IsNaN(x.Weight)) is { } light)
            throw Refuse.Because(what, "criteria", $"the weight of '{light.Name}' must be above 0");
        var sum = criteria.Sum(x => x.Weight);
        if (Math.Abs(sum - 100) > 0.01)
            throw Refuse.Because(what, "criteria", $"the weights add up to {sum.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} %; they must add up to 100 %");
        if (criteria.GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw Refuse.Because(what, "criteria", $"'{twice.Key}' is named twice");
        var country = Blank(c.EligibleCountry)?.ToUpperInvariant();
        if (country is not null && !Countries.Contains(country))
            throw Refuse.Because(what, "eligibleCountry", $"'{country}' is not one of {string.Join(", ", Countries)}");
        var types = (c.EligibleApplicantTypes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.ToLowerInvariant()).Distinct().ToList();
        if (types.Count == 0) throw Refuse.Because(what, "eligibleApplicantTypes", "at least one applicant type may apply");
        if (types.FirstOrDefault(t => !ApplicantTypes.Contains(t)) is { } unknown)
            throw Refuse.Because(what, "eligibleApplicantTypes", $"'{unknown}' is not one of {string.Join(", ", ApplicantTypes)}");
        if (c.MinPartners is < 0 or > 50) throw Refuse.Because(what, "minPartners", "must be between 0 and 50");
        return c with
        {
            Title = title, Text = text, TitleEn = Blank(c.TitleEn), TextEn = Blank(c.TextEn), Criteria = criteria,
            EligibleCountry = country, EligibleApplicantTypes = string.Join(",", types),
        };
    }

    private static void Apply(NewCall c, Call call)
    {
        call.Title = c.Title;
        call.TitleEn = c.TitleEn;
        call.Text = c.Text;
        call.TextEn = c.TextEn;
        call.OpensAtUtc = BrusselsTime.ToUtc(c.OpensBrussels, "call", "opens");
        call.ClosesAtUtc = BrusselsTime.ToUtc(c.ClosesBrussels, "call", "closes");
        call.MaxPlaces = c.MaxPlaces;
        call.ScaleMin = c.ScaleMin;
        call.ScaleMax = c.ScaleMax;
        call.EligibleCountry = c.EligibleCountry;
        call.EligibleApplicantTypes = c.EligibleApplicantTypes;
        call.MinPartners = c.MinPartners;
        call.Criteria.RemoveAll(k => c.Criteria.All(x => x.Id != k.Id));
        foreach (var x in c.Criteria)
        {
            var k = call.Criteria.FirstOrDefault(k => x.Id is { } id && k.Id == id);
            if (k is null) call.Criteria.Add(k = new CallCriterion { Name = x.Name });
            k.Name = x.Name;
            k.NameEn = x.NameEn;
            k.Weight = x.Weight;
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>Saves the form as a draft (new, or updating the draft of the same district). Refused outside the
    /// call's opening hours.</summary>
    public async Task<ApplicationRow> SaveDraftAsync(int callId, ApplicationForm form, CancellationToken ct = default)
    {
        var call = await OpenCallAsync(callId, ct);
        var what = $"call {callId}";
        var code = Refuse.Required(form.DistrictCode, what, "districtCode", 40);
        var district = await db.Districts.AsNoTracking().FirstOrDefaultAsync(d => d.Code == code, ct)
            ?? throw Refuse.Because(what, "districtCode", $"no district '{code}' in Wijkwerf");
        var application = await db.CallApplications.FirstOrDefaultAsync(a => a.CallId == callId && a.DistrictCode == code, ct);
        if (application is { Status: not ApplicationStatus.Draft })
            throw Refuse.Because(what, "districtCode", $"district {code} has already submitted an application");
        var now = Now();
        if (application is null)
        {
            application = new CallApplication
            {
                CallId = call.Id, DistrictCode = code, Organisation = "", ContactName = "", ContactEmail = "", CreatedAtUtc = now,
            };
            db.CallApplications.Add(application);
        }
        application.MunicipalityId = district.MunicipalityId;
        application.Organisation = Refuse.Required(form.Organisation, what, "organisation");
        application.ContactName = Refuse.Required(form.ContactName, what, "contactName");
        application.ContactEmail = Refuse.Email(form.ContactEmail, what);
        application.ApplicantType = Refuse.Required(form.ApplicantType, what, "applicantType", 40);
        application.Partners = form.Partners?.Trim();
        application.Motivation = form.Motivation?.Trim();
        application.SocialProfile = form.SocialProfile?.Trim();
        application.TechnicalProfile = form.TechnicalProfile?.Trim();
        application.UserId ??= form.UserId;
        application.UpdatedAtUtc = now;
        await db.SaveChangesAsync(ct);
        return (await ApplicationAsync(application.Id, ct))!;
    }

    public async Task AttachAsync(int applicationId, string fileName, string contentType, byte[] content, CancellationToken ct = default)
    {
        var a = await db.CallApplications.FirstOrDefaultAsync(x => x.Id == applicationId, ct) ?? throw UnknownApplication(applicationId);
        await OpenCallAsync(a.CallId, ct);
        if (a.Status != ApplicationStatus.Draft) throw Refuse.Because($"application {applicationId}", "attachment", "is already submitted");
        if (content.Length == 0 || content.Length > 10 * 1024 * 1024) throw Refuse.Because($"application {applicationId}", "attachment", "must be between 1 byte and 10 MB");
        db.ApplicationAttachments.Add(new ApplicationAttachment { ApplicationId = applicationId, FileName = Path.GetFileName(fileName), ContentType = contentType, Content = content });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Submits a draft after the eligibility rules; refused after the closing time, even by one second.</summary>
    public async Task<ApplicationRow> SubmitAsync(int applicationId, CancellationToken ct = default)
    {
        var a = await db.CallApplications.FirstOrDefaultAsync(x => x.Id == applicationId, ct) ?? throw UnknownApplication(applicationId);
        var call = await OpenCallAsync(a.CallId, ct);
        var what = $"application {applicationId}";
        if (a.Status != ApplicationStatus.Draft) throw Refuse.Because(what, "status", "is already submitted");
        var types = call.EligibleApplicantTypes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (types.Length > 0 && !types.Contains(a.ApplicantType, StringComparer.OrdinalIgnoreCase))
            throw Refuse.Because(what, "applicantType", $"'{a.ApplicantType}' may not apply to this call (allowed: {string.Join(", ", types)})");
        if (call.EligibleCountry is { } country)
        {
            var districtCountry = await db.Districts.Where(d => d.Code == a.DistrictCode).Select(d => d.Municipality!.Country).FirstOrDefaultAsync(ct);
            if (!string.Equals(districtCountry.ToString(), country, StringComparison.OrdinalIgnoreCase))
                throw Refuse.Because(what, "districtCode", $"the call is open to districts in {country} only");
        }
        var partners = Lines(a.Partners).Count;
        if (partners < call.MinPartners) throw Refuse.Because(what, "partners", $"names {partners} partners; the call asks for at least {call.MinPartners}");
        if (string.IsNullOrWhiteSpace(a.Motivation)) throw Refuse.Because(what, "motivation", "is required to submit");
        a.Status = ApplicationStatus.Submitted;
        a.SubmittedAtUtc = Now();
        a.UpdatedAtUtc = a.SubmittedAtUtc.Value;
        await db.SaveChangesAsync(ct);
        return (await ApplicationAsync(a.Id, ct))!;
    }

    public async Task<int> AddReviewerAsync(int callId, string name, string email, string organisation, int? municipalityId, CancellationToken ct = default)
    {
        if (!await db.Calls.AnyAsync(c => c.Id == callId, ct)) throw UnknownCall(callId);
        var what = $"call {callId}";
        var reviewer = new CallReviewer
        {
            CallId = callId, Name = Refuse.Required(name, what, "name"), Email = Refuse.Email(email, what),
            Organisation = Refuse.Required(organisation, what, "organisation"), MunicipalityId = municipalityId,
        };
        if (await db.CallReviewers.AnyAsync(r => r.CallId == callId && r.Email == reviewer.Email, ct))
            throw Refuse.Because(what, "email", $"{reviewer.Email} is already a reviewer of this call");
        db.CallReviewers.Add(reviewer);
        await db.SaveChangesAsync(ct);
        return reviewer.Id;
    }

    /// <summary>Assigns a reviewer to an application; refused when the reviewer works for the applicant's
    /// organisation or one of its partners, or for the district's municipality (conflict of interest).</summary>
    public async Task AssignAsync(int applicationId, int reviewerId, CancellationToken ct = default)
    {
        var a = await db.CallApplications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == applicationId, ct) ?? throw UnknownApplication(applicationId);
        var r = await db.CallReviewers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == reviewerId && x.CallId == a.CallId, ct)
            ?? throw Refuse.Because($"application {applicationId}", "reviewerId", $"reviewer {reviewerId} is not a reviewer of this call");
        var what = $"application {applicationId}";
        if (a.Status == ApplicationStatus.Draft) throw Refuse.Because(what, "status", "is a draft; only submitted applications are reviewed");
        if (Conflict(a, r) is { } reason) throw Refuse.Because(what, "reviewerId", $"conflict of interest: {r.Name} {reason}");
        if (await db.CallReviewAssignments.AnyAsync(x => x.ApplicationId == applicationId && x.ReviewerId == reviewerId, ct)) return;
        db.CallReviewAssignments.Add(new CallReviewAssignment { ApplicationId = applicationId, ReviewerId = reviewerId });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Why a reviewer may not review an application, or null.</summary>
    public static string? Conflict(CallApplication a, CallReviewer r)
    {
        if (a.MunicipalityId is { } m && r.MunicipalityId == m) return "works for the applying district's municipality";
        if (Same(a.Organisation, r.Organisation)) return $"works for the applicant ({a.Organisation})";
        if (Lines(a.Partners).FirstOrDefault(p => Same(p, r.Organisation)) is { } partner) return $"works for a partner of the application ({partner})";
        return null;
    }

    /// <summary>Records a reviewer's score for one criterion (again: replaces it). Only assigned reviewers, within the scale.</summary>
    public Task ScoreAsync(int applicationId, int reviewerId, int criterionId, int value, string? comment = null, CancellationToken ct = default) =>
        ScoreAsync(applicationId, reviewerId, [new GivenScore(criterionId, value, comment)], ct);

    /// <summary>Records a reviewer's scores for several criteria at once (the scoring form): all are checked first, so
    /// one score outside the scale stores none of them.</summary>
    public async Task ScoreAsync(int applicationId, int reviewerId, IReadOnlyList<GivenScore> given, CancellationToken ct = default)
    {
        var what = $"application {applicationId}";
        var a = await db.CallApplications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == applicationId, ct) ?? throw UnknownApplication(applicationId);
        var call = await db.Calls.Include(c => c.Criteria).AsNoTracking().FirstAsync(c => c.Id == a.CallId, ct);
        if (call.SelectedAtUtc is not null) throw Refuse.Because(what, "score", "the call's selection is already made");
        if (!await db.CallReviewAssignments.AnyAsync(x => x.ApplicationId == applicationId && x.ReviewerId == reviewerId, ct))
            throw Refuse.Because(what, "reviewerId", $"reviewer {reviewerId} is not assigned to this application");
        foreach (var g in given)
        {
            var criterion = call.Criteria.FirstOrDefault(c => c.Id == g.CriterionId)
                ?? throw Refuse.Because(what, "criterionId", $"criterion {g.CriterionId} is not a criterion of this call");
            if (g.Value < call.ScaleMin || g.Value > call.ScaleMax)
                throw Refuse.Because(what, "value", $"score {g.Value} for '{criterion.Name}' is outside the scale {call.ScaleMin}–{call.ScaleMax}");
            if (g.Comment?.Length > 4000) throw Refuse.Because(what, "comment", $"the comment on '{criterion.Name}' is longer than 4000 characters");
        }
        var ids = given.Select(g => g.CriterionId).ToList();
        var stored = await db.ReviewScores.Where(s => s.ApplicationId == applicationId && s.ReviewerId == reviewerId && ids.Contains(s.CriterionId)).ToListAsync(ct);
        foreach (var g in given)
        {
            var score = stored.FirstOrDefault(s => s.CriterionId == g.CriterionId);
            if (score is null)
            {
                db.ReviewScores.Add(score = new ReviewScore { ApplicationId = applicationId, ReviewerId = reviewerId, CriterionId = g.CriterionId });
                stored.Add(score);
            }
            score.Value = g.Value;
            score.Comment = string.IsNullOrWhiteSpace(g.Comment) ? null : g.Comment.Trim();
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The team's review board: every submitted application with its reviewers, and per reviewer of the call
    /// the conflict of interest that forbids assigning them (null when there is none).</summary>
    public async Task<ReviewBoard> ReviewBoardAsync(int callId, CancellationToken ct = default)
    {
        if (!await db.Calls.AnyAsync(c => c.Id == callId, ct)) throw UnknownCall(callId);
        var reviewers = await ReviewersAsync(callId, ct);
        var applications = await db.CallApplications.AsNoTracking().Where(a => a.CallId == callId && a.Status != ApplicationStatus.Draft)
            .OrderBy(a => a.SubmittedAtUtc).ThenBy(a => a.Id).ToListAsync(ct);
        var ids = applications.Select(a => a.Id).ToList();
        var assigned = await db.CallReviewAssignments.AsNoTracking().Where(x => ids.Contains(x.ApplicationId)).ToListAsync(ct);
        var scored = await db.ReviewScores.AsNoTracking().Where(s => ids.Contains(s.ApplicationId))
            .GroupBy(s => new { s.ApplicationId, s.ReviewerId }).Select(g => new { g.Key.ApplicationId, g.Key.ReviewerId, N = g.Count() }).ToListAsync(ct);
        var names = await DistrictNamesAsync(applications.Select(a => a.DistrictCode), ct);
        var criteria = await db.CallCriteria.CountAsync(k => k.CallId == callId, ct);
        return new ReviewBoard(reviewers, criteria, applications.Select(a => new ReviewBoardRow(a.Id, a.DistrictCode, names.GetValueOrDefault(a.DistrictCode),
            a.Organisation, Lines(a.Partners), a.Status,
            assigned.Where(x => x.ApplicationId == a.Id).Select(x => new AssignedReviewer(x.ReviewerId,
                scored.FirstOrDefault(s => s.ApplicationId == a.Id && s.ReviewerId == x.ReviewerId)?.N ?? 0)).ToList(),
            reviewers.Select(r => (r.Id, Conflict: Conflict(a, r))).Where(x => x.Conflict is not null).ToDictionary(x => x.Id, x => x.Conflict!))).ToList());
    }

    /// <summary>What a reviewer (known by e-mail; one person may review several calls) has to score: each assigned
    /// application with the call's criteria, scale and the scores given so far.</summary>
    public async Task<IReadOnlyList<ReviewTask>> ReviewTasksAsync(string email, int? reviewerId = null, CancellationToken ct = default)
    {
        var normalized = email.Trim().ToLowerInvariant();
        var reviewers = await db.CallReviewers.AsNoTracking()
            .Where(r => reviewerId != null ? r.Id == reviewerId : r.Email == normalized).ToListAsync(ct);
        var tasks = new List<ReviewTask>();
        foreach (var reviewer in reviewers)
        {
            var call = await db.Calls.AsNoTracking().Include(c => c.Criteria).FirstAsync(c => c.Id == reviewer.CallId, ct);
            var appIds = await db.CallReviewAssignments.AsNoTracking().Where(x => x.ReviewerId == reviewer.Id).OrderBy(x => x.ApplicationId)
                .Select(x => x.ApplicationId).ToListAsync(ct);
            var scores = await db.ReviewScores.AsNoTracking().Where(s => s.ReviewerId == reviewer.Id).ToListAsync(ct);
            foreach (var id in appIds)
                tasks.Add(new ReviewTask(call.Id, call.Title, call.TitleEn, reviewer.Id, reviewer.Name, call.ScaleMin, call.ScaleMax, call.SelectedAtUtc is null,
                    (await ApplicationAsync(id, ct))!,
                    call.Criteria.OrderBy(k => k.Id).Select(k => new CriterionRow(k.Id, k.Name, k.NameEn, k.Weight)).ToList(),
                    scores.Where(s => s.ApplicationId == id).Select(s => new GivenScore(s.CriterionId, s.Value, s.Comment)).ToList()));
        }
        return tasks;
    }

    /// <summary>The reviewer's e-mail, or null when there is no such reviewer (who may score as whom).</summary>
    public async Task<string?> ReviewerEmailAsync(int reviewerId, CancellationToken ct = default) =>
        await db.CallReviewers.Where(r => r.Id == reviewerId).Select(r => r.Email).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<RankingRow>> RankingAsync(int callId, CancellationToken ct = default)
    {
        var call = await db.Calls.Include(c => c.Criteria).AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, ct) ?? throw UnknownCall(callId);
        var applications = await db.CallApplications.AsNoTracking()
            .Where(a => a.CallId == callId && a.Status != ApplicationStatus.Draft).OrderBy(a => a.SubmittedAtUtc).ThenBy(a => a.Id).ToListAsync(ct);
        var ids = applications.Select(a => a.Id).ToList();
        var scores = await db.ReviewScores.AsNoTracking().Where(s => ids.Contains(s.ApplicationId))
            .Select(s => new CriterionScore(s.ApplicationId, s.ReviewerId, s.CriterionId, s.Value)).ToListAsync(ct);
        var order = applications.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var ranked = CallRanking.Rank(ids, call.Criteria.Select(c => new WeightedCriterion(c.Id, c.Weight)).ToList(), scores, call.ScaleMin, order);
        var names = await DistrictNamesAsync(applications.Select(a => a.DistrictCode), ct);
        var byId = applications.ToDictionary(a => a.Id);
        var criterionNames = call.Criteria.ToDictionary(c => c.Id, c => c.Name);
        return ranked.Select(r =>
        {
            var a = byId[r.ApplicationId];
            return new RankingRow(r.Rank, a.Id, a.DistrictCode, names.GetValueOrDefault(a.DistrictCode), a.Organisation, r.WeightedScore,
                r.MeanPerCriterion.ToDictionary(kv => criterionNames[kv.Key], kv => Math.Round(kv.Value, 2)), r.Reviewers, r.Complete, a.Status);
        }).ToList();
    }

    /// <summary>Selects the best <see cref="Call.MaxPlaces"/> of the ranking (or the given applications), after the
    /// call closed: they become cases (origin "call:{id}") and every applicant gets an e-mail with the result.</summary>
    public async Task<SelectionResult> SelectAsync(int callId, IReadOnlyList<int>? applicationIds = null, CancellationToken ct = default)
    {
        var what = $"call {callId}";
        var call = await db.Calls.FirstOrDefaultAsync(c => c.Id == callId, ct) ?? throw UnknownCall(callId);
        if (Now() < call.ClosesAtUtc) throw Refuse.Because(what, "selection", "the call is still open; select after it closes");
        if (call.SelectedAtUtc is not null) throw Refuse.Because(what, "selection", "the selection is already made");
        var ranking = await RankingAsync(callId, ct);
        var chosen = applicationIds is null
            ? ranking.Take(call.MaxPlaces).Select(r => r.ApplicationId).ToList()
            : applicationIds.Distinct().ToList();
        if (chosen.Count > call.MaxPlaces) throw Refuse.Because(what, "selection", $"{chosen.Count} districts chosen for {call.MaxPlaces} places");
        if (chosen.FirstOrDefault(id => ranking.All(r => r.ApplicationId != id)) is var stray and not 0)
            throw Refuse.Because(what, "selection", $"application {stray} is not a submitted application of this call");

        var applications = await db.CallApplications.Where(a => a.CallId == callId && a.Status != ApplicationStatus.Draft).ToListAsync(ct);
        var names = await DistrictNamesAsync(applications.Select(a => a.DistrictCode), ct);
        var now = Now();
        var cases = new List<Case>();
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            foreach (var a in applications)
            {
                a.Status = chosen.Contains(a.Id) ? ApplicationStatus.Selected : ApplicationStatus.NotSelected;
                if (a.Status != ApplicationStatus.Selected) continue;
                var c = new Case
                {
                    Title = $"{names.GetValueOrDefault(a.DistrictCode) ?? a.DistrictCode} — {call.Title}",
                    TitleEn = call.TitleEn is null ? null : $"{names.GetValueOrDefault(a.DistrictCode) ?? a.DistrictCode} — {call.TitleEn}",
                    MunicipalityId = a.MunicipalityId, DistrictCode = a.DistrictCode, Summary = a.Motivation,
                    Origin = $"call:{call.Id}", CreatedAt = new DateTimeOffset(now),
                };
                db.Cases.Add(c);
                cases.Add(c);
            }
            call.SelectedAtUtc = now;
            await db.SaveChangesAsync(ct);
            foreach (var a in applications.Where(a => a.Status == ApplicationStatus.Selected))
                a.CaseId = cases.First(c => c.DistrictCode == a.DistrictCode).Id;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        var notified = 0;
        foreach (var a in applications)
        {
            var selected = a.Status == ApplicationStatus.Selected;
            var district = names.GetValueOrDefault(a.DistrictCode) ?? a.DistrictCode;
            var body = selected
                ? $"Beste {a.ContactName},\n\nDe aanmelding van {district} voor '{call.Title}' is geselecteerd. Welkom in het programma!\n\n-- \nThe application of {district} has been selected.\n"
                : $"Beste {a.ContactName},\n\nDe aanmelding van {district} voor '{call.Title}' is helaas niet geselecteerd ({call.MaxPlaces} plaatsen). Dank voor uw aanmelding.\n\n-- \nThe application of {district} was not selected.\n";
            await mailer.SendAsync(new MailMessageText(a.ContactEmail, $"{(selected ? "Geselecteerd" : "Niet geselecteerd")}: {call.Title}", body), ct);
            a.NotifiedAtUtc = Now();
            notified++;
        }
        await db.SaveChangesAsync(ct);
        return new SelectionResult(chosen, cases.Select(c => c.Id).ToList(), notified);
    }

    public async Task<IReadOnlyList<CallRow>> CallsAsync(CancellationToken ct = default)
    {
        var calls = await db.Calls.AsNoTracking().Include(c => c.Criteria).OrderByDescending(c => c.ClosesAtUtc).ToListAsync(ct);
        var counts = await db.CallApplications.AsNoTracking().GroupBy(a => a.CallId)
            .Select(g => new { g.Key, Drafts = g.Count(a => a.Status == ApplicationStatus.Draft), All = g.Count() }).ToDictionaryAsync(x => x.Key, ct);
        var now = Now();
        return calls.Select(c => new CallRow(c.Id, c.Title, c.TitleEn, c.Text, c.TextEn, c.OpensAtUtc, c.ClosesAtUtc, BrusselsTime.Format(c.OpensAtUtc),
            BrusselsTime.Format(c.ClosesAtUtc), c.MaxPlaces, c.ScaleMin, c.ScaleMax, c.EligibleCountry, c.EligibleApplicantTypes, c.MinPartners,
            State(c, now), (counts.GetValueOrDefault(c.Id)?.All ?? 0) - (counts.GetValueOrDefault(c.Id)?.Drafts ?? 0), counts.GetValueOrDefault(c.Id)?.Drafts ?? 0,
            c.Criteria.OrderBy(x => x.Id).Select(x => new CriterionRow(x.Id, x.Name, x.NameEn, x.Weight)).ToList())).ToList();
    }

    public async Task<CallRow?> CallAsync(int callId, CancellationToken ct = default) => (await CallsAsync(ct)).FirstOrDefault(c => c.Id == callId);

    public async Task<IReadOnlyList<ApplicationRow>> ApplicationsAsync(int callId, CancellationToken ct = default)
    {
        var ids = await db.CallApplications.AsNoTracking().Where(a => a.CallId == callId).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        var rows = new List<ApplicationRow>(ids.Count);
        foreach (var id in ids) rows.Add((await ApplicationAsync(id, ct))!);
        return rows;
    }

    public async Task<ApplicationRow?> ApplicationAsync(int applicationId, CancellationToken ct = default)
    {
        var a = await db.CallApplications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == applicationId, ct);
        if (a is null) return null;
        var attachments = await db.ApplicationAttachments.AsNoTracking().Where(x => x.ApplicationId == applicationId).Select(x => x.FileName).ToListAsync(ct);
        var name = await db.Districts.AsNoTracking().Where(d => d.Code == a.DistrictCode).Select(d => d.Name).FirstOrDefaultAsync(ct);
        return new ApplicationRow(a.Id, a.CallId, a.DistrictCode, name, a.Organisation, a.ApplicantType, a.ContactName, a.ContactEmail, a.Partners,
            a.Motivation, a.SocialProfile, a.TechnicalProfile, a.Status, a.SubmittedAtUtc, a.CaseId, attachments);
    }

    public async Task<IReadOnlyList<CallReviewer>> ReviewersAsync(int callId, CancellationToken ct = default) =>
        await db.CallReviewers.AsNoTracking().Where(r => r.CallId == callId).OrderBy(r => r.Name).ToListAsync(ct);

    public static string State(Call c, DateTime nowUtc) =>
        c.SelectedAtUtc is not null ? "selected" : nowUtc < c.OpensAtUtc ? "upcoming" : nowUtc < c.ClosesAtUtc ? "open" : "closed";

    /// <summary>The call, if it takes applications now: from opening up to (not including) the closing second.</summary>
    private async Task<Call> OpenCallAsync(int callId, CancellationToken ct)
    {
        var call = await db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, ct) ?? throw UnknownCall(callId);
        var now = Now();
        if (now < call.OpensAtUtc) throw Refuse.Because($"call {callId}", "opens", $"the call opens {BrusselsTime.Format(call.OpensAtUtc)} (Brussels time)");
        if (now >= call.ClosesAtUtc)
            throw Refuse.Because($"call {callId}", "closes", $"the call closed {BrusselsTime.Format(call.ClosesAtUtc, "yyyy-MM-dd HH:mm:ss")} (Brussels time); no more applications");
        return call;
    }

    private async Task<Dictionary<string, string>> DistrictNamesAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var list = codes.Distinct().ToList();
        return await db.Districts.AsNoTracking().Where(d => list.Contains(d.Code)).ToDictionaryAsync(d => d.Code, d => d.Name, ct);
    }

    private static List<string> Lines(string? text) =>
        (text ?? "").Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private static Import.BadInputException UnknownCall(int id) => Refuse.Because($"call {id}", null, "no such call");

    private static Import.BadInputException UnknownApplication(int id) => Refuse.Because($"application {id}", null, "no such application");
}
