using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.OneStopShop;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.OneStopShop;

namespace Wijkwerf.Data.Tests.OneStopShop;

public class PoolTests(OneStopShopFixture fixture) : IClassFixture<OneStopShopFixture>
{
    private static readonly DateOnly Day = new(2026, 3, 2);
    private static readonly string[] RoofAndWall = ["roof-insulation", "wall-insulation"];

    private static Dictionary<string, int> Scores(int quality, int timeliness, int budget, int communication) =>
        new() { ["quality"] = quality, ["timeliness"] = timeliness, ["budget"] = budget, ["communication"] = communication };

    /// <summary>A household of the street at the decision, with consent to share with a contractor: ready for one.</summary>
    private static async Task<long> DecidedHouseholdAsync(WijkwerfDb db, Staff staff, AddressRow address, bool consent = true)
    {
        var households = new Households(db);
        var h = await households.OpenAsync(staff, address.UnitId, Day);
        await households.RecordStageAsync(staff, h.Id, JourneyStage.Advice, Day.AddDays(7));
        await households.RecordStageAsync(staff, h.Id, JourneyStage.Decision, Day.AddDays(20));
        if (consent) await households.SetConsentAsync(staff, h.Id, ConsentPurpose.ShareWithContractor, true, Day.AddDays(20));
        return h.Id;
    }

    private static Task<PoolMemberRow> MemberAsync(Pool pool, Staff staff, string name, string[] qualifications, string[] areas, int capacity,
        PoolMemberKind kind = PoolMemberKind.Contractor) =>
        pool.AddAsync(staff, new PoolMemberInput(name, kind, qualifications, areas, capacity, Email: $"info@{name.Replace(" ", "").ToLowerInvariant()}.example"));

    [Fact]
    public async Task Matching_keeps_qualified_members_serving_the_address_with_room_and_ranks_twenty_good_jobs_above_one_perfect_job()
    {
        await using var database = await fixture.CopyAsync();
        await using var db = await database.OpenAsync();
        var staff = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.Voorburg);
        var street = await OneStopShopFixture.LongestStreetAsync(db, staff, OneStopShopFixture.VoorburgOudNoord);
        var pool = new Pool(db);
        var steady = await MemberAsync(pool, staff, "Bouwbedrijf Vliet", RoofAndWall, [OneStopShopFixture.Voorburg], 8);
        // Eenmalig works in the postcode areas of the two houses it is matched for (the sixth and the eighth of the street).
        var once = await MemberAsync(pool, staff, "Eenmalig Perfect", RoofAndWall, [street[5].Postcode![..4], street[7].Postcode![..4]], 2);
        var fresh = await MemberAsync(pool, staff, "Nieuw Isolatie", [.. RoofAndWall, "floor-insulation"], [OneStopShopFixture.Voorburg], 2);
        await MemberAsync(pool, staff, "Alleen Glas", ["glazing"], [OneStopShopFixture.Voorburg], 5);
        await MemberAsync(pool, staff, "Haagse Gevels", RoofAndWall, [OneStopShopFixture.DenHaag, "2500"], 5);
        var full = await MemberAsync(pool, staff, "Vol Bezet", RoofAndWall, [OneStopShopFixture.Voorburg], 1);

        // Five jobs averaging 4.75 for Vliet, one perfect job for Eenmalig; Vol Bezet holds one job it has not finished.
        var done = 0;
        foreach (var (member, scores) in new[]
                 {
                     (steady.Id, Scores(5, 5, 4, 5)), (steady.Id, Scores(5, 4, 5, 5)), (steady.Id, Scores(5, 5, 5, 4)), (steady.Id, Scores(4, 5, 5, 5)),
                     (steady.Id, Scores(5, 5, 5, 4)), (once.Id, Scores(5, 5, 5, 5)),
                 })
        {
            var household = await DecidedHouseholdAsync(db, staff, street[done++]);
            var job = await pool.AssignAsync(staff, member, PoolTarget.Household(household), RoofAndWall, Day.AddDays(30));
            await pool.FinishAsync(staff, job.Id, Day.AddDays(90), scores);
        }
        await pool.AssignAsync(staff, full.Id, PoolTarget.Household(await DecidedHouseholdAsync(db, staff, street[done++])), RoofAndWall, Day.AddDays(30));

        var target = await DecidedHouseholdAsync(db, staff, street[done]);
        var match = await pool.MatchAsync(staff, PoolTarget.Household(target), RoofAndWall);

        match.Matches.Select(m => m.Name).ShouldBe(["Bouwbedrijf Vliet", "Eenmalig Perfect", "Nieuw Isolatie"]);
        // (5 × 3.5 + 5 × 4.75) / 10 = 4.125 against (5 × 3.5 + 5) / 6 = 3.75; the unrated member sits at the prior.
        match.Matches[0].ShrunkRating.ShouldBe(4.125, 0.001);
        match.Matches[0].MeanRating!.Value.ShouldBe(4.75, 0.001);
        match.Matches[1].ShrunkRating.ShouldBe(3.75, 0.001);
        match.Matches[1].MeanRating.ShouldBe(5);
        match.Matches[2].ShrunkRating.ShouldBe(3.5);
        match.Matches[1].Place.ShouldBe(Engine.OneStopShop.PoolRankPlace.LowerRating);
        OneStopShopReasonTexts.En.Why(match.Matches[2], match).ShouldBe("lower rating than #2; no rated jobs yet: rating 3.50 is the prior; 0 of 2 jobs in hand");
        match.Excluded.Single(x => x.Name == "Alleen Glas").Reasons.ShouldBe([new Engine.OneStopShop.MissingQualification("roof-insulation"), new Engine.OneStopShop.MissingQualification("wall-insulation")]);
        match.Excluded.Single(x => x.Name == "Haagse Gevels").Reasons.ShouldBe([new Engine.OneStopShop.OutsideServiceArea(street[done].Postcode, OneStopShopFixture.Voorburg, 1, 1)]);
        match.Excluded.Single(x => x.Name == "Vol Bezet").Reasons.ShouldBe([new Engine.OneStopShop.NoFreePlace(1, 1)]);

        // Finished jobs free their place; the list shows the ratings per criterion.
        var row = (await pool.ListAsync(staff)).Single(m => m.Id == steady.Id);
        row.ActiveJobs.ShouldBe(0);
        row.RatedJobs.ShouldBe(5);
        row.MeanPerCriterion["quality"].ShouldBe(4.8);
        // Floor insulation as well: only the member that has it.
        (await pool.MatchAsync(staff, PoolTarget.Household(target), [.. RoofAndWall, "floor-insulation"])).Matches.Select(m => m.MemberId).ShouldBe([fresh.Id]);
    }

    [Fact]
    public async Task Assigning_a_member_moves_the_journey_to_contractor_assigned_and_fills_its_capacity()
    {
        await using var database = await fixture.CopyAsync();
        await using var db = await database.OpenAsync();
        var staff = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.Voorburg);
        var street = await OneStopShopFixture.LongestStreetAsync(db, staff, OneStopShopFixture.VoorburgOudNoord);
        var pool = new Pool(db);
        var households = new Households(db);
        var member = await MemberAsync(pool, staff, "Warmtepomp Vakman", ["heat-pump"], [OneStopShopFixture.Voorburg], 1, PoolMemberKind.Installer);

        // Without consent to share the household's details, no assignment and no stage change.
        var noConsent = await DecidedHouseholdAsync(db, staff, street[0], consent: false);
        (await Should.ThrowAsync<OneStopShopException>(() => pool.AssignAsync(staff, member.Id, PoolTarget.Household(noConsent), ["heat-pump"], Day.AddDays(30))))
            .Message.ShouldContain("ShareWithContractor");
        (await households.FindDetailAsync(staff, noConsent))!.Stage.ShouldBe(JourneyStage.Decision);

        // A household still at advice: the stage rules refuse, and no job is stored.
        var atAdvice = (await households.OpenAsync(staff, street[1].UnitId, Day)).Id;
        await households.RecordStageAsync(staff, atAdvice, JourneyStage.Advice, Day);
        await households.SetConsentAsync(staff, atAdvice, ConsentPurpose.ShareWithContractor, true, Day);
        (await Should.ThrowAsync<OneStopShopException>(() => pool.AssignAsync(staff, member.Id, PoolTarget.Household(atAdvice), ["heat-pump"], Day.AddDays(30))))
            .Message.ShouldContain("skips required step(s): Decision");
        (await db.PoolJobs.CountAsync()).ShouldBe(0);

        var decided = await DecidedHouseholdAsync(db, staff, street[2]);
        var job = await pool.AssignAsync(staff, member.Id, PoolTarget.Household(decided), ["heat-pump"], Day.AddDays(30));
        job.MemberName.ShouldBe("Warmtepomp Vakman");
        var detail = (await households.FindDetailAsync(staff, decided))!;
        detail.Stage.ShouldBe(JourneyStage.ContractorAssigned);
        detail.History[^1].Note.ShouldBe("Installer: Warmtepomp Vakman");
        // The household's export names the member its details went to.
        (await new ResidentData(db).ExportAsync(staff, decided))!.PoolJobs.Single().MemberName.ShouldBe("Warmtepomp Vakman");

        // Its one place is taken: the next household finds it excluded, and assigning it anyway is refused.
        var next = await DecidedHouseholdAsync(db, staff, street[3]);
        (await pool.MatchAsync(staff, PoolTarget.Household(next), ["heat-pump"])).Excluded.Single().Reasons.ShouldBe([new Engine.OneStopShop.NoFreePlace(1, 1)]);
        (await Should.ThrowAsync<OneStopShopException>(() => pool.AssignAsync(staff, member.Id, PoolTarget.Household(next), ["heat-pump"], Day.AddDays(31))))
            .Message.ShouldContain("no free capacity");

        // Finishing needs every criterion scored 1–5; then the place is free again.
        (await Should.ThrowAsync<OneStopShopException>(() => pool.FinishAsync(staff, job.Id, Day.AddDays(60), new Dictionary<string, int> { ["quality"] = 4 })))
            .Message.ShouldContain("missing a score for timeliness, budget, communication");
        (await Should.ThrowAsync<OneStopShopException>(() => pool.FinishAsync(staff, job.Id, Day.AddDays(60), Scores(6, 4, 4, 4))))
            .Message.ShouldContain("scores.quality: 6 is outside 1–5");
        (await db.PoolRatings.CountAsync()).ShouldBe(0);
        var finished = await pool.FinishAsync(staff, job.Id, Day.AddDays(60), Scores(4, 3, 5, 4));
        finished.Scores["budget"].ShouldBe(5);
        (await Should.ThrowAsync<OneStopShopException>(() => pool.FinishAsync(staff, job.Id, Day.AddDays(61), Scores(1, 1, 1, 1)))).Message.ShouldContain("rated then");
        (await pool.MatchAsync(staff, PoolTarget.Household(next), ["heat-pump"])).Matches.Single().MemberId.ShouldBe(member.Id);
    }

    [Fact]
    public async Task A_collective_project_matches_only_members_serving_all_its_addresses()
    {
        await using var database = await fixture.CopyAsync();
        await using var db = await database.OpenAsync();
        var staff = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.Voorburg);
        var projects = new RenovationProjects(db);
        var group = (await projects.SuggestAsync(staff.MunicipalityId, OneStopShopFixture.VoorburgOudNoord))
            .First(g => db.Units.Where(u => g.Units.Contains(u.Id)).Select(u => u.Postcode).Distinct().Count() > 1);
        var postcodes = await db.Units.Where(u => group.Units.Contains(u.Id)).Select(u => u.Postcode!).Distinct().OrderBy(p => p).ToListAsync();
        var project = await projects.CreateAsync(staff.MunicipalityId, "Collectief " + group.BuildYearClass, group.Units);
        var pool = new Pool(db);
        var partly = await MemberAsync(pool, staff, "Eén Postcode", RoofAndWall, [postcodes[0]], 3);
        var whole = await MemberAsync(pool, staff, "Heel Voorburg", RoofAndWall, [OneStopShopFixture.Voorburg], 3, PoolMemberKind.Architect);

        var match = await pool.MatchAsync(staff, PoolTarget.Project(project.Id), RoofAndWall);
        match.Matches.Single().MemberId.ShouldBe(whole.Id);
        var outside = match.Excluded.Single().Reasons.Single().ShouldBeOfType<Engine.OneStopShop.OutsideServiceArea>();
        outside.Addresses.ShouldBe(group.Units.Count);
        outside.AddressesOutside.ShouldBeInRange(1, group.Units.Count - 1);
        // Asking for contractors only leaves the architect out too.
        (await pool.MatchAsync(staff, PoolTarget.Project(project.Id), RoofAndWall, PoolMemberKind.Contractor)).Excluded.Single(x => x.MemberId == whole.Id)
            .Reasons.ShouldBe([new Engine.OneStopShop.OtherKind(PoolMemberKind.Architect, PoolMemberKind.Contractor)]);

        var job = await pool.AssignAsync(staff, whole.Id, PoolTarget.Project(project.Id), RoofAndWall, Day);
        job.ProjectId.ShouldBe(project.Id);
        (await pool.ListAsync(staff)).Single(m => m.Id == whole.Id).ActiveJobs.ShouldBe(1);
        (await Should.ThrowAsync<OneStopShopException>(() => pool.AssignAsync(staff, partly.Id, PoolTarget.Project(project.Id), RoofAndWall, Day)))
            .Message.ShouldContain("does not serve");
    }

    [Fact]
    public async Task Bad_pool_input_names_the_field_and_stores_nothing()
    {
        await using var database = await fixture.CopyAsync();
        await using var db = await database.OpenAsync();
        var staff = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.Voorburg);
        var pool = new Pool(db);
        (await Should.ThrowAsync<OneStopShopException>(() => pool.AddAsync(staff, new PoolMemberInput("Dakman", PoolMemberKind.Contractor, ["roof-insulation", "thatching"], ["GM1916"], 2))))
            .Message.ShouldStartWith("qualifications: unknown 'thatching'");
        (await Should.ThrowAsync<OneStopShopException>(() => pool.AddAsync(staff, new PoolMemberInput("Dakman", PoolMemberKind.Contractor, ["roof-insulation"], ["Voorburg"], 2))))
            .Message.ShouldStartWith("serviceAreas: 'VOORBURG'");
        (await Should.ThrowAsync<OneStopShopException>(() => pool.AddAsync(staff, new PoolMemberInput("Dakman", PoolMemberKind.Contractor, ["roof-insulation"], ["2271"], 0))))
            .Message.ShouldStartWith("capacityJobs");
        (await Should.ThrowAsync<OneStopShopException>(() => pool.AddAsync(staff, new PoolMemberInput(" ", PoolMemberKind.Contractor, ["roof-insulation"], ["2271"], 1))))
            .Message.ShouldStartWith("name");
        (await db.PoolMembers.CountAsync()).ShouldBe(0);

        var m = await pool.AddAsync(staff, new PoolMemberInput("Dakman", PoolMemberKind.Contractor, ["roof-insulation"], ["2271 ab", "gm1916"], 2));
        m.ServiceAreas.ShouldBe(["2271AB", "GM1916"]);
        var edited = await pool.UpdateAsync(staff, m.Id, new PoolMemberInput("Dakman & Zn", PoolMemberKind.Contractor, ["roof-insulation", "pv"], ["GM1916"], 3, Active: false));
        edited.Name.ShouldBe("Dakman & Zn");
        edited.Qualifications.ShouldBe(["roof-insulation", "pv"]);
        (await Should.ThrowAsync<OneStopShopException>(() => pool.UpdateAsync(staff, m.Id, new PoolMemberInput("Dakman & Zn", PoolMemberKind.Contractor, ["roof-insulation"], [], 3))))
            .Message.ShouldStartWith("serviceAreas");
        (await pool.FindAsync(staff, m.Id))!.CapacityJobs.ShouldBe(3);
    }

    [Fact]
    public async Task The_Voorburg_pool_is_invisible_to_Den_Haag_staff()
    {
        await using var database = await fixture.CopyAsync();
        await using var db = await database.OpenAsync();
        var voorburg = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.Voorburg);
        var denHaag = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.DenHaag);
        var street = await OneStopShopFixture.LongestStreetAsync(db, voorburg, OneStopShopFixture.VoorburgOudNoord);
        var pool = new Pool(db);
        var member = await MemberAsync(pool, voorburg, "Voorburgse Isolatie", RoofAndWall, [OneStopShopFixture.Voorburg, OneStopShopFixture.DenHaag], 3);
        var household = await DecidedHouseholdAsync(db, voorburg, street[0]);
        var job = await pool.AssignAsync(voorburg, member.Id, PoolTarget.Household(household), RoofAndWall, Day.AddDays(30));

        (await pool.ListAsync(denHaag)).ShouldBeEmpty();
        (await pool.FindAsync(denHaag, member.Id)).ShouldBeNull();
        (await pool.JobsAsync(denHaag)).ShouldBeEmpty();
        await Should.ThrowAsync<HouseholdNotFoundException>(() => pool.MatchAsync(denHaag, PoolTarget.Household(household), RoofAndWall));
        await Should.ThrowAsync<NotInMunicipalityException>(() => pool.UpdateAsync(denHaag, member.Id, new PoolMemberInput("Overgenomen", PoolMemberKind.Contractor, RoofAndWall, ["GM0518"], 1)));
        await Should.ThrowAsync<NotInMunicipalityException>(() => pool.FinishAsync(denHaag, job.Id, Day.AddDays(60), Scores(1, 1, 1, 1)));
        // Den Haag's own pool does not see the Voorburg member's load either.
        var own = await MemberAsync(pool, denHaag, "Haagse Isolatie", RoofAndWall, [OneStopShopFixture.DenHaag], 1);
        (await pool.ListAsync(denHaag)).Single().Id.ShouldBe(own.Id);
        (await pool.FindAsync(voorburg, member.Id))!.Name.ShouldBe("Voorburgse Isolatie");
    }

    [Fact]
    public async Task The_pool_match_command_ranks_members_for_a_journey_and_a_project_as_json()
    {
        await using var database = await fixture.CopyAsync();
        long household, projectId;
        await using (var db = await database.OpenAsync())
        {
            var staff = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.Voorburg);
            var street = await OneStopShopFixture.LongestStreetAsync(db, staff, OneStopShopFixture.VoorburgOudNoord);
            var pool = new Pool(db);
            await MemberAsync(pool, staff, "Bouwbedrijf Vliet", RoofAndWall, [OneStopShopFixture.Voorburg], 4);
            await MemberAsync(pool, staff, "Alleen Glas", ["glazing"], [OneStopShopFixture.Voorburg], 4);
            household = await DecidedHouseholdAsync(db, staff, street[0]);
            projectId = (await new RenovationProjects(db).CreateAsync(staff.MunicipalityId, "Blok", street.Skip(1).Take(6).Select(a => a.UnitId).ToList())).Id;
        }
        async Task<(int Exit, string Out)> RunAsync(params string[] args)
        {
            var output = new StringWriter();
            var exit = await Wijkwerf.Cli.CliApp.RunAsync([.. args, "--db", database.Location.Value, "--json"], output, new StringWriter());
            return (exit, output.ToString());
        }

        var (exit, json) = await RunAsync("pool", "match", household.ToString(), "--qualifications", "roof-insulation,wall-insulation");
        exit.ShouldBe(0, json);
        var root = JsonDocument.Parse(json).RootElement;
        root.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ShouldBe(["Bouwbedrijf Vliet"]);
        root.GetProperty("matches")[0].GetProperty("kind").GetString().ShouldBe("Contractor");
        var reason = root.GetProperty("excluded")[0].GetProperty("reasons")[0];
        reason.GetProperty("code").GetString().ShouldBe("MissingQualification");
        reason.GetProperty("qualification").GetString().ShouldBe("roof-insulation");
        reason.GetProperty("text").GetString().ShouldBe("lacks the qualification Roof insulation");
        root.GetProperty("matches")[0].GetProperty("place").GetString().ShouldBe("HighestRating");
        root.GetProperty("matches")[0].GetProperty("why").GetString()!.ShouldStartWith("highest rating; ");

        (exit, json) = await RunAsync("pool", "match", $"project:{projectId}", "--qualifications", "glazing");
        exit.ShouldBe(0, json);
        JsonDocument.Parse(json).RootElement.GetProperty("matches")[0].GetProperty("name").GetString().ShouldBe("Alleen Glas");

        (await RunAsync("pool", "match", "journey:999999")).Exit.ShouldBe(2);
        (exit, json) = await RunAsync("pool", "match", household.ToString(), "--qualifications", "thatching");
        exit.ShouldBe(2);
        JsonDocument.Parse(json).RootElement.GetProperty("error").GetString()!.ShouldContain("thatching");

        // Without --json, member kinds read as their English labels, not enum names.
        await using (var db = await database.OpenAsync())
            await MemberAsync(new Pool(db), await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.Voorburg), "Loket Energieadvies", ["energy-advice"], [OneStopShopFixture.Voorburg], 4, PoolMemberKind.EnergyAdvisor);
        var text = new StringWriter();
        (await Wijkwerf.Cli.CliApp.RunAsync(["pool", "match", household.ToString(), "--qualifications", "roof-insulation", "--db", database.Location.Value], text, new StringWriter())).ShouldBe(0, text.ToString());
        text.ToString().ShouldContain("left out: Loket Energieadvies (Energy advisor): lacks the qualification Roof insulation");
        text.ToString().ShouldNotContain("EnergyAdvisor");
    }
}
