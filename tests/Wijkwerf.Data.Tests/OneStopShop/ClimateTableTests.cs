using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.OneStopShop;
using Wijkwerf.Domain.OneStopShop;

namespace Wijkwerf.Data.Tests.OneStopShop;

public class ClimateTableTests(OneStopShopFixture fixture) : IClassFixture<OneStopShopFixture>
{
    private static readonly DateOnly Day = new(2026, 5, 12);

    [Fact]
    public async Task Attending_a_climate_table_opens_journeys_counts_as_campaign_reach_and_advice_requests_move_them_to_advice()
    {
        await using var database = await fixture.CopyAsync();
        await using var db = await database.OpenAsync();
        var staff = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.Voorburg);
        var street = (await OneStopShopFixture.LongestStreetAsync(db, staff, OneStopShopFixture.VoorburgOudNoord)).Where(a => a.Postcode is not null).ToList();
        var households = new Households(db);
        // One household is already followed, at the decision.
        var followed = await households.OpenAsync(staff, street[0].UnitId, Day.AddDays(-60));
        await households.RecordStageAsync(staff, followed.Id, JourneyStage.Advice, Day.AddDays(-50));
        await households.RecordStageAsync(staff, followed.Id, JourneyStage.Decision, Day.AddDays(-40));

        var tables = new ClimateTables(db);
        var session = await tables.CreateAsync(staff, Day, "Buurthuis De Vliet", "Samen isoleren", OneStopShopFixture.VoorburgOudNoord);
        var lines = string.Join("\n", street.Take(8).Select(a => $"{a.Postcode![..4]} {a.Postcode[4..].ToLowerInvariant()} {a.HouseNumber}"))
                    + "\n2599 ZZ 9999\nHoofdstraat 12\n";
        var invited = await tables.InviteByAddressAsync(staff, session.Id, lines);
        invited.Added.ShouldBe(8);
        invited.Problems.Select(p => p.Line).ShouldBe([9, 10]);
        invited.Problems[0].Problem.ShouldContain("no dwelling");
        // Inviting the same addresses again adds nobody.
        (await tables.InviteAsync(staff, session.Id, street.Take(3).Select(a => a.UnitId).ToList())).ShouldBe(0);

        var detail = await tables.RecordAttendanceAsync(staff, session.Id,
        [
            new Attendance(street[0].UnitId, true, ClimateTableOutcome.AdviceRequested),
            new Attendance(street[1].UnitId, true, ClimateTableOutcome.AdviceRequested),
            new Attendance(street[2].UnitId, true, ClimateTableOutcome.InterestedInCollectiveProject),
            new Attendance(street[3].UnitId, false),
            new Attendance(street[20].UnitId, true, ClimateTableOutcome.NoFollowUp),
        ]);
        detail.Session.Invited.ShouldBe(8);
        detail.Session.Attended.ShouldBe(4);
        detail.Guests.Single(g => g.UnitId == street[20].UnitId).Invited.ShouldBeFalse();
        // New attendee asking for advice: first contact credited to the climate table, then advice.
        var asked = (await households.FindDetailAsync(staff, detail.Guests.Single(g => g.UnitId == street[1].UnitId).HouseholdId!.Value))!;
        asked.Stage.ShouldBe(JourneyStage.Advice);
        asked.History.Select(e => e.CampaignId).Distinct().ShouldBe([session.CampaignId]);
        // The household already at the decision keeps its stage; the session is in its history.
        var before = (await households.FindDetailAsync(staff, followed.Id))!;
        before.Stage.ShouldBe(JourneyStage.Decision);
        before.History[^1].Note.ShouldBe("Klimaattafel 2026-05-12: Samen isoleren");
        // Invited but absent: no journey.
        (await db.Households.AnyAsync(h => h.UnitId == street[3].UnitId)).ShouldBeFalse();

        var campaign = (await new Campaigns(db).ResultsAsync(staff)).Single(c => c.Id == session.CampaignId);
        campaign.Kind.ShouldBe(CampaignKind.ClimateTable);
        campaign.Reached.ShouldBeNull(); // 4 attendees: below the threshold of 5
        await tables.RecordAttendanceAsync(staff, session.Id, [new Attendance(street[4].UnitId, true), new Attendance(street[5].UnitId, true)]);
        (await new Campaigns(db).ResultsAsync(staff)).Single(c => c.Id == session.CampaignId).Reached.ShouldBe(6);
        (await new ReachQueries(db).ReachAsync(staff.MunicipalityId, OneStopShopFixture.VoorburgOudNoord)).Reached.ShouldBe(6);
    }

    [Fact]
    public async Task Climate_tables_are_invisible_to_another_municipality_and_bad_input_stores_nothing()
    {
        await using var database = await fixture.CopyAsync();
        await using var db = await database.OpenAsync();
        var voorburg = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.Voorburg);
        var denHaag = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.DenHaag);
        var street = await OneStopShopFixture.LongestStreetAsync(db, voorburg, OneStopShopFixture.VoorburgOudNoord);
        var tables = new ClimateTables(db);
        (await Should.ThrowAsync<OneStopShopException>(() => tables.CreateAsync(voorburg, Day, "", "Warmtenet", null))).Message.ShouldStartWith("place");
        (await Should.ThrowAsync<OneStopShopException>(() => tables.CreateAsync(voorburg, Day, "Bibliotheek", "Warmtenet", "BU05180000"))).Message.ShouldStartWith("district");
        (await db.Campaigns.CountAsync()).ShouldBe(0);

        var session = await tables.CreateAsync(voorburg, Day, "Bibliotheek", "Warmtenet", null);
        await tables.InviteAsync(voorburg, session.Id, [street[0].UnitId]);
        (await tables.ListAsync(denHaag)).ShouldBeEmpty();
        await Should.ThrowAsync<NotInMunicipalityException>(() => tables.DetailAsync(denHaag, session.Id));
        await Should.ThrowAsync<NotInMunicipalityException>(() => tables.RecordAttendanceAsync(denHaag, session.Id, [new Attendance(street[0].UnitId, true)]));
        // Den Haag addresses cannot be invited to a Voorburg table; an address listed twice is refused.
        var denHaagSession = await tables.CreateAsync(denHaag, Day, "Stadhuis", "Isoleren", null);
        (await Should.ThrowAsync<OneStopShopException>(() => tables.InviteAsync(denHaag, denHaagSession.Id, [street[1].UnitId]))).Message.ShouldContain("not dwellings of this municipality");
        (await Should.ThrowAsync<OneStopShopException>(() => tables.RecordAttendanceAsync(voorburg, session.Id, [new Attendance(street[0].UnitId, true), new Attendance(street[0].UnitId, false)])))
            .Message.ShouldContain("twice");
        (await db.Households.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task An_attendee_export_lists_the_climate_table_and_erasure_keeps_the_count_but_not_the_address()
    {
        await using var database = await fixture.CopyAsync();
        await using var db = await database.OpenAsync();
        var staff = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.Voorburg);
        var street = await OneStopShopFixture.LongestStreetAsync(db, staff, OneStopShopFixture.VoorburgOudNoord);
        var tables = new ClimateTables(db);
        var session = await tables.CreateAsync(staff, Day, "Buurthuis", "Zonnepanelen", null);
        var detail = await tables.RecordAttendanceAsync(staff, session.Id, [new Attendance(street[0].UnitId, true, ClimateTableOutcome.FinancingQuestion)]);
        var export = await new ResidentData(db).ExportAsync(staff, detail.Guests.Single().HouseholdId!.Value);
        export!.ClimateTables.Single().ShouldBe(new ClimateTableAttendance(Day, "Zonnepanelen", "Buurthuis", false, true, ClimateTableOutcome.FinancingQuestion));
        (await new ResidentData(db).EraseAsync(staff, detail.Guests.Single().HouseholdId!.Value)).ShouldBeTrue();
        var after = await tables.DetailAsync(staff, session.Id);
        after.Session.Attended.ShouldBe(1);
        after.Guests.Single().UnitId.ShouldBeNull();
        after.Guests.Single().Address.ShouldBe("(erased)");
    }
}
