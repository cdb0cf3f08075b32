using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Operations;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Operations;

namespace Wijkwerf.Data.Tests.Operations;

/// <summary>The rules of a call's contents (one set for the API, the pages and the seed), editing a call once reviews
/// have started, the scoring form and the review board with its conflicts of interest.</summary>
public sealed class CallRulesTests : IAsyncDisposable
{
    private readonly Import.TestDatabase database = new();
    private readonly MailBox mail = new();
    private readonly ManualClock clock = new(new DateTimeOffset(2018, 6, 1, 9, 0, 0, TimeSpan.Zero));

    public ValueTask DisposeAsync() => database.DisposeAsync();

    private static NewCall Seed003(params NewCriterion[] criteria) => new("Verduurzaming van kwetsbare wijken", "Platform31 zoekt twaalf wijken ...",
        new DateTime(2018, 5, 15, 9, 0, 0), new DateTime(2018, 7, 13, 23, 59, 0), 12,
        criteria.Length > 0 ? criteria : [new("Integratie", 37.5, "Integration"), new("Betrokkenheid", 25), new("Kwetsbaarheid", 25), new("Lerend vermogen", 12.5)],
        EligibleApplicantTypes: "municipality,housing-association", MinPartners: 1, TitleEn: "Sustainable vulnerable districts", TextEn: "Platform31 looks for twelve districts ...");

    [Theory]
    [InlineData(60, 30, "the weights add up to 90 %; they must add up to 100 %")]
    [InlineData(70, 40, "the weights add up to 110 %")]
    [InlineData(100, 0, "the weight of 'B' must be above 0")]
    public async Task Weights_must_add_up_to_100_percent_and_a_refused_call_stores_nothing(double a, double b, string message)
    {
        await using var db = await database.OpenAsync();
        var calls = new CallService(db, mail, clock);
        var refusal = await Should.ThrowAsync<BadInputException>(() => calls.CreateAsync(Seed003(new("A", a), new("B", b))));
        refusal.Field.ShouldBe("criteria");
        refusal.Message.ShouldContain(message);
        (await db.Calls.CountAsync()).ShouldBe(0);
        (await calls.CreateAsync(Seed003(new("A", 66.67), new("B", 33.33)))).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Times_that_do_not_exist_in_Brussels_and_unknown_eligibility_are_refused_naming_the_field()
    {
        await using var db = await database.OpenAsync();
        var calls = new CallService(db, mail, clock);
        // 29 March 2026: the clocks go from 02:00 to 03:00 in Brussels.
        var gap = await Should.ThrowAsync<BadInputException>(() => calls.CreateAsync(Seed003() with { OpensBrussels = new DateTime(2026, 3, 29, 2, 30, 0), ClosesBrussels = new DateTime(2026, 5, 1, 12, 0, 0) }));
        (gap.Field, gap.Problem).ShouldBe(("opens", "2026-03-29 02:30 does not exist in Brussels (the clocks go forward an hour)"));
        (await Should.ThrowAsync<BadInputException>(() => calls.CreateAsync(Seed003() with { EligibleApplicantTypes = "municipality,school" }))).Message.ShouldContain("'school' is not one of municipality, housing-association");
        (await Should.ThrowAsync<BadInputException>(() => calls.CreateAsync(Seed003() with { EligibleApplicantTypes = " " }))).Field.ShouldBe("eligibleApplicantTypes");
        (await Should.ThrowAsync<BadInputException>(() => calls.CreateAsync(Seed003() with { EligibleCountry = "DE" }))).Message.ShouldContain("'DE' is not one of NL, BE");
        (await Should.ThrowAsync<BadInputException>(() => calls.CreateAsync(Seed003(new("A", 50), new("a", 50))))).Message.ShouldContain("named twice");
        (await db.Calls.CountAsync()).ShouldBe(0);

        var id = await calls.CreateAsync(Seed003() with { EligibleCountry = "be" });
        var row = (await calls.CallAsync(id))!;
        (row.EligibleCountry, row.TextEn, row.ClosesBrussels).ShouldBe(("BE", "Platform31 looks for twelve districts ...", "2018-07-13 23:59"));
    }

    [Fact]
    public async Task Once_scored_a_call_keeps_its_scale_and_scored_criteria_and_after_the_selection_it_no_longer_changes()
    {
        await using var db = await database.OpenAsync();
        var (voorburg, _) = await OperationsDistricts.InsertAsync(db);
        var calls = new CallService(db, mail, clock);
        var id = await calls.CreateAsync(Seed003(new("Integratie", 75), new("Betrokkenheid", 25)));
        var criteria = (await calls.CallAsync(id))!.Criteria;
        var app = (await calls.SaveDraftAsync(id, new(OperationsDistricts.Voorburg, "Gemeente Leidschendam-Voorburg", "Sanne", "sanne@example.org",
            Partners: "Vidomes", Motivation: "Energie en armoede samen"))).Id;
        await calls.SubmitAsync(app);
        var reviewer = await calls.AddReviewerAsync(id, "Nyenrode", "review@nyenrode.example", "Nyenrode Business Universiteit", null);
        await calls.AssignAsync(app, reviewer);

        // The scoring form: one score outside the scale stores none of them.
        (await Should.ThrowAsync<BadInputException>(() => calls.ScoreAsync(app, reviewer, [new GivenScore(criteria[0].Id, 8, "Sterk"), new GivenScore(criteria[1].Id, 11)])))
            .Message.ShouldContain("score 11 for 'Betrokkenheid' is outside the scale 0–10");
        (await db.ReviewScores.CountAsync()).ShouldBe(0);
        await calls.ScoreAsync(app, reviewer, [new GivenScore(criteria[0].Id, 8, " Sterk "), new GivenScore(criteria[1].Id, 4)]);
        (await db.ReviewScores.AsNoTracking().OrderBy(s => s.CriterionId).Select(s => s.Comment).ToListAsync()).ShouldBe(["Sterk", null]);

        var edited = Seed003(new("Integratie", 50, Id: criteria[0].Id), new("Betrokkenheid", 50, Id: criteria[1].Id));
        (await Should.ThrowAsync<BadInputException>(() => calls.UpdateAsync(id, edited with { ScaleMax = 5 }))).Message.ShouldContain("the scale can no longer change");
        (await Should.ThrowAsync<BadInputException>(() => calls.UpdateAsync(id, Seed003(new NewCriterion("Integratie", 100, Id: criteria[0].Id)))))
            .Message.ShouldContain("'Betrokkenheid' has scores; it cannot be removed");
        await calls.UpdateAsync(id, edited with { MaxPlaces = 1 });
        (await calls.RankingAsync(id)).Single().WeightedScore.ShouldBe(6);

        clock.Now = new DateTimeOffset(2018, 7, 20, 9, 0, 0, TimeSpan.Zero);
        await calls.SelectAsync(id);
        (await Should.ThrowAsync<BadInputException>(() => calls.UpdateAsync(id, edited))).Message.ShouldContain("can no longer change");
        voorburg.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_review_board_shows_each_conflict_of_interest_and_the_reviewer_finds_their_applications_by_e_mail()
    {
        await using var db = await database.OpenAsync();
        var (voorburg, _) = await OperationsDistricts.InsertAsync(db);
        var calls = new CallService(db, mail, clock);
        var id = await calls.CreateAsync(Seed003());
        var app = (await calls.SaveDraftAsync(id, new(OperationsDistricts.Voorburg, "Gemeente Leidschendam-Voorburg", "Sanne", "sanne@example.org",
            Partners: "Woonstichting Vidomes\nWijkteam", Motivation: "Energie en armoede samen"))).Id;
        await calls.SubmitAsync(app);
        var neutral = await calls.AddReviewerAsync(id, "Nyenrode", "Review@Nyenrode.example", "Nyenrode Business Universiteit", null);
        var partner = await calls.AddReviewerAsync(id, "Vidomes", "review@vidomes.example", "woonstichting vidomes", null);
        var local = await calls.AddReviewerAsync(id, "Provincie", "review@lv.example", "Provincie", voorburg);
        await calls.AssignAsync(app, neutral);

        var board = await calls.ReviewBoardAsync(id);
        var row = board.Applications.Single();
        row.Conflicts.Keys.ShouldBe([partner, local], ignoreOrder: true);
        row.Conflicts[partner].ShouldContain("partner of the application (Woonstichting Vidomes)");
        row.Conflicts[local].ShouldContain("municipality");
        row.Reviewers.Select(r => r.ReviewerId).ShouldBe([neutral]);
        await Should.ThrowAsync<BadInputException>(() => calls.AssignAsync(app, partner));

        var tasks = await calls.ReviewTasksAsync("review@nyenrode.example");
        tasks.Single().Application.Id.ShouldBe(app);
        tasks.Single().Criteria.Count.ShouldBe(4);
        (await calls.ReviewTasksAsync("review@vidomes.example")).ShouldBeEmpty();
    }
}
