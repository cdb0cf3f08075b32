using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Operations;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Operations;

namespace Wijkwerf.Data.Tests.Operations;

/// <summary>A call end to end: open → applications → reviews → ranking → selection → cases, with its refusals.</summary>
public sealed class CallTests : IAsyncDisposable
{
    private readonly TestDatabaseHolder holder = new();
    private readonly MailBox mail = new();
    // Friday 13 July 2018, 17:00 in Brussels (summer time) is 15:00 UTC.
    private static readonly DateTimeOffset ClosingUtc = new(2018, 7, 13, 15, 0, 0, TimeSpan.Zero);
    private readonly ManualClock clock = new(new DateTimeOffset(2018, 6, 1, 9, 0, 0, TimeSpan.Zero));

    private sealed class TestDatabaseHolder : IAsyncDisposable
    {
        public Import.TestDatabase Database { get; } = new();
        public ValueTask DisposeAsync() => Database.DisposeAsync();
    }

    public ValueTask DisposeAsync() => holder.DisposeAsync();

    private async Task<(WijkwerfDb Db, CallService Calls, int CallId, int VoorburgMunicipality)> OpenCallAsync(int maxPlaces = 2)
    {
        var db = await holder.Database.OpenAsync();
        var (voorburg, _) = await OperationsDistricts.InsertAsync(db);
        var calls = new CallService(db, mail, clock);
        var id = await calls.CreateAsync(new NewCall("Verduurzaming van kwetsbare wijken", "Platform31 zoekt twaalf wijken ...",
            new DateTime(2018, 5, 1, 9, 0, 0), new DateTime(2018, 7, 13, 17, 0, 0), maxPlaces,
            [new("Sociale en technische integratie", 50), new("Betrokkenheid van bewoners", 50)],
            EligibleApplicantTypes: "municipality,housing-association", MinPartners: 1, TitleEn: "Sustainable vulnerable districts"));
        return (db, calls, id, voorburg);
    }

    private static ApplicationForm Form(string district, string organisation = "Gemeente Leidschendam-Voorburg") =>
        new(district, organisation, "Sanne de Vries", $"{district.ToLowerInvariant()}@example.org", "municipality",
            "Woonstichting Vidomes\nWijkteam", "Armoede en energie samen aanpakken", "Veel huishoudens met schulden", "Jaren-60 portiekflats");

    [Fact]
    public async Task Closing_time_is_Brussels_time_and_one_second_later_an_application_is_refused()
    {
        var (db, calls, id, _) = await OpenCallAsync();
        await using var _db = db;
        (await calls.CallAsync(id))!.ClosesBrussels.ShouldBe("2018-07-13 17:00");
        (await db.Calls.SingleAsync()).ClosesAtUtc.ShouldBe(ClosingUtc.UtcDateTime);

        clock.Now = ClosingUtc.AddSeconds(-1);
        var draft = await calls.SaveDraftAsync(id, Form(OperationsDistricts.Voorburg));
        draft.Status.ShouldBe(ApplicationStatus.Draft);
        var late = await calls.SaveDraftAsync(id, Form(OperationsDistricts.VoorburgOther));

        clock.Now = ClosingUtc.AddSeconds(-1);
        (await calls.SubmitAsync(draft.Id)).Status.ShouldBe(ApplicationStatus.Submitted);
        clock.Now = ClosingUtc.AddSeconds(1);
        var e = await Should.ThrowAsync<BadInputException>(() => calls.SubmitAsync(late.Id));
        e.Message.ShouldContain("closed 2018-07-13 17:00:00");
        (await db.CallApplications.AsNoTracking().SingleAsync(a => a.Id == late.Id)).Status.ShouldBe(ApplicationStatus.Draft);
    }

    [Fact]
    public async Task Eligibility_rules_refuse_a_submission_that_breaks_them()
    {
        var (db, calls, id, _) = await OpenCallAsync();
        await using var _db = db;
        var noPartners = await calls.SaveDraftAsync(id, Form(OperationsDistricts.Voorburg) with { Partners = null });
        (await Should.ThrowAsync<BadInputException>(() => calls.SubmitAsync(noPartners.Id))).Message.ShouldContain("at least 1");
        var wrongType = await calls.SaveDraftAsync(id, Form(OperationsDistricts.VoorburgOther) with { ApplicantType = "consultancy" });
        (await Should.ThrowAsync<BadInputException>(() => calls.SubmitAsync(wrongType.Id))).Message.ShouldContain("may not apply");
        (await Should.ThrowAsync<BadInputException>(() => calls.SaveDraftAsync(id, Form("BU00000000")))).Message.ShouldContain("no district");
    }

    [Fact]
    public async Task Reviews_rank_by_weight_and_the_selection_makes_cases_and_notifies_every_applicant()
    {
        var (db, calls, id, voorburgMunicipality) = await OpenCallAsync(maxPlaces: 2);
        await using var _db = db;
        var apps = new List<int>();
        foreach (var code in new[] { OperationsDistricts.Voorburg, OperationsDistricts.VoorburgOther, OperationsDistricts.Wechelderzande })
        {
            var organisation = code == OperationsDistricts.Wechelderzande ? "Gemeente Lille" : "Gemeente Leidschendam-Voorburg";
            apps.Add((await calls.SubmitAsync((await calls.SaveDraftAsync(id, Form(code, organisation))).Id)).Id);
        }
        var neutral = await calls.AddReviewerAsync(id, "Nyenrode reviewer", "review@nyenrode.example", "Nyenrode Business Universiteit", null);
        var partner = await calls.AddReviewerAsync(id, "Vidomes reviewer", "review@vidomes.example", "Woonstichting Vidomes", null);
        var local = await calls.AddReviewerAsync(id, "Local reviewer", "review@lv.example", "Provincie", voorburgMunicipality);

        (await Should.ThrowAsync<BadInputException>(() => calls.AssignAsync(apps[0], partner))).Message.ShouldContain("conflict of interest");
        (await Should.ThrowAsync<BadInputException>(() => calls.AssignAsync(apps[1], local))).Message.ShouldContain("conflict of interest");
        await calls.AssignAsync(apps[2], local);
        foreach (var a in apps) await calls.AssignAsync(a, neutral);

        var criteria = (await calls.CallAsync(id))!.Criteria;
        (await Should.ThrowAsync<BadInputException>(() => calls.ScoreAsync(apps[0], neutral, criteria[0].Id, 11))).Message.ShouldContain("outside the scale 0–10");
        await Should.ThrowAsync<BadInputException>(() => calls.ScoreAsync(apps[0], local, criteria[0].Id, 5));
        // Weighted 50:50 — app 0: (6 + 9)/2 = 7.5; app 1: (8 + 2)/2 = 5; app 2 with two reviewers: criterion means (6+10)/2 = 8 and (10+6)/2 = 8, so 8.
        await calls.ScoreAsync(apps[0], neutral, criteria[0].Id, 6);
        await calls.ScoreAsync(apps[0], neutral, criteria[1].Id, 9);
        await calls.ScoreAsync(apps[1], neutral, criteria[0].Id, 8);
        await calls.ScoreAsync(apps[1], neutral, criteria[1].Id, 2);
        await calls.ScoreAsync(apps[2], neutral, criteria[0].Id, 6);
        await calls.ScoreAsync(apps[2], neutral, criteria[1].Id, 10);
        await calls.ScoreAsync(apps[2], local, criteria[0].Id, 10);
        await calls.ScoreAsync(apps[2], local, criteria[1].Id, 6);

        var ranking = await calls.RankingAsync(id);
        ranking.Select(r => r.ApplicationId).ShouldBe([apps[2], apps[0], apps[1]]);
        ranking.Select(r => r.WeightedScore).ShouldBe([8, 7.5, 5]);

        await Should.ThrowAsync<BadInputException>(() => calls.SelectAsync(id));
        clock.Now = ClosingUtc.AddDays(10);
        var result = await calls.SelectAsync(id);

        result.Selected.ShouldBe([apps[2], apps[0]]);
        var cases = await db.Cases.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        cases.Select(c => c.DistrictCode).ShouldBe([OperationsDistricts.Voorburg, OperationsDistricts.Wechelderzande], ignoreOrder: true);
        cases.ShouldAllBe(c => c.Origin == $"call:{id}" && c.MunicipalityId != null);
        mail.Sent.Count.ShouldBe(3);
        mail.Sent.Count(m => m.Subject.StartsWith("Geselecteerd")).ShouldBe(2);
        mail.Sent.Single(m => m.Subject.StartsWith("Niet")).To.ShouldBe($"{OperationsDistricts.VoorburgOther.ToLowerInvariant()}@example.org");
        (await Should.ThrowAsync<BadInputException>(() => calls.ScoreAsync(apps[1], neutral, criteria[0].Id, 10))).Message.ShouldContain("already made");
    }
}
