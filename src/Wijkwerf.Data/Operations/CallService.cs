using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Mail;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Learning;
using Wijkwerf.Domain.Operations;
using Wijkwerf.Engine.Operations;

namespace Wijkwerf.Data.Operations;

public sealed record NewCriterion(string Name, double Weight, string? NameEn = null);

/// <summary>A new call. Opening and closing are Europe/Brussels wall-clock times (as the seed's "aanmelden kan tot
/// vrijdag 13 juli 2018").</summary>
public sealed record NewCall(string Title, string Text, DateTime OpensBrussels, DateTime ClosesBrussels, int MaxPlaces,
    IReadOnlyList<NewCriterion> Criteria, int ScaleMin = 0, int ScaleMax = 10, string? EligibleCountry = null,
    string EligibleApplicantTypes = "municipality", int MinPartners = 0, string? TitleEn = null);

/// <summary>The application form; saving it as a draft needs only the district and the contact.</summary>
public sealed record ApplicationForm(string DistrictCode, string Organisation, string ContactName, string ContactEmail,
    string ApplicantType = "municipality", string? Partners = null, string? Motivation = null, string? SocialProfile = null,
    string? TechnicalProfile = null, string? UserId = null);

public sealed record CriterionRow(int Id, string Name, string? NameEn, double Weight);

public sealed record CallRow(int Id, string Title, string? TitleEn, string Text, DateTime OpensAtUtc, DateTime ClosesAtUtc,
    string OpensBrussels, string ClosesBrussels, int MaxPlaces, int ScaleMin, int ScaleMax, string? EligibleCountry,
    string EligibleApplicantTypes, int MinPartners, string State, int Submitted, int Drafts, IReadOnlyList<CriterionRow> Criteria);

public sealed record ApplicationRow(int Id, int CallId, string DistrictCode, string? DistrictName, string Organisation, string ApplicantType,
    string ContactName, string ContactEmail, string? Partners, string? Motivation, string? SocialProfile, string? TechnicalProfile,
    ApplicationStatus Status, DateTime? SubmittedAtUtc, int? CaseId, IReadOnlyList<string> Attachments);

public sealed record RankingRow(int Rank, int ApplicationId, string DistrictCode, string? DistrictName, string Organisation,
    double WeightedScore, IReadOnlyDictionary<string, double> MeanPerCriterion, int Reviewers, bool Complete, ApplicationStatus Status);

public sealed record SelectionResult(IReadOnlyList<int> Selected, IReadOnlyList<int> CaseIds, int Notified);

/// <summary>Calls for applications: open → applications (draft, submit) → assigned reviewers score per criterion →
/// weighted ranking → selection → every applicant notified, selected districts become cases.</summary>
public sealed class CallService(WijkwerfDb db, IMailer mailer, TimeProvider clock)
{
    public async Task<int> CreateAsync(NewCall c, CancellationToken ct = default)
    {
        const string what = "call";
        var title = Refuse.Required(c.Title, what, "title", 300);
        var text = Refuse.Required(c.Text, what, "text", 20_000);
        if (c.ClosesBrussels <= c.OpensBrussels) throw Refuse.Because(what, "closes", "closes before it opens");
        if (c.MaxPlaces < 1) throw Refuse.Because(what, "maxPlaces", "must be at least 1");
        if (c.ScaleMax <= c.ScaleMin) throw Refuse.Because(what, "scaleMax", "must be above the scale's minimum");
        if (c.Criteria.Count == 0) throw Refuse.Because(what, "criteria", "a call needs at least one criterion");
        if (c.Criteria.Any(x => x.Weight <= 0)) throw Refuse.Because(what, "criteria", "every weight must be above 0");
        var call = new Call
        {
            Title = title, TitleEn = c.TitleEn, Text = text,
            OpensAtUtc = BrusselsTime.ToUtc(c.OpensBrussels), ClosesAtUtc = BrusselsTime.ToUtc(c.ClosesBrussels),
            MaxPlaces = c.MaxPlaces, ScaleMin = c.ScaleMin, ScaleMax = c.ScaleMax, EligibleCountry = c.EligibleCountry,
            EligibleApplicantTypes = c.EligibleApplicantTypes, MinPartners = c.MinPartners,
            Criteria = c.Criteria.Select(x => new CallCriterion { Name = Refuse.Required(x.Name, what, "criteria"), NameEn = x.NameEn, Weight = x.Weight }).ToList(),
        };
        db.Calls.Add(call);
        await db.SaveChangesAsync(ct);
        return call.Id;
    }

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
    public async Task ScoreAsync(int applicationId, int reviewerId, int criterionId, int value, string? comment = null, CancellationToken ct = default)
    {
        var what = $"application {applicationId}";
        var a = await db.CallApplications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == applicationId, ct) ?? throw UnknownApplication(applicationId);
        var call = await db.Calls.Include(c => c.Criteria).AsNoTracking().FirstAsync(c => c.Id == a.CallId, ct);
        if (call.SelectedAtUtc is not null) throw Refuse.Because(what, "score", "the call's selection is already made");
        if (!await db.CallReviewAssignments.AnyAsync(x => x.ApplicationId == applicationId && x.ReviewerId == reviewerId, ct))
            throw Refuse.Because(what, "reviewerId", $"reviewer {reviewerId} is not assigned to this application");
        var criterion = call.Criteria.FirstOrDefault(c => c.Id == criterionId)
            ?? throw Refuse.Because(what, "criterionId", $"criterion {criterionId} is not a criterion of this call");
        if (value < call.ScaleMin || value > call.ScaleMax)
            throw Refuse.Because(what, "value", $"score {value} for '{criterion.Name}' is outside the scale {call.ScaleMin}–{call.ScaleMax}");
        var score = await db.ReviewScores.FirstOrDefaultAsync(s => s.ApplicationId == applicationId && s.ReviewerId == reviewerId && s.CriterionId == criterionId, ct);
        if (score is null) db.ReviewScores.Add(score = new ReviewScore { ApplicationId = applicationId, ReviewerId = reviewerId, CriterionId = criterionId });
        score.Value = value;
        score.Comment = comment;
        await db.SaveChangesAsync(ct);
    }

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
        return calls.Select(c => new CallRow(c.Id, c.Title, c.TitleEn, c.Text, c.OpensAtUtc, c.ClosesAtUtc, BrusselsTime.Format(c.OpensAtUtc),
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
