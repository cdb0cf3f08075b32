using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Lekp;
using Wijkwerf.Data.OneStopShop;
using Wijkwerf.Domain.OneStopShop;
using Wijkwerf.Engine.OneStopShop;

namespace Wijkwerf.Data.Tests.OneStopShop;

public class OneStopShopTests(OneStopShopFixture fixture) : IClassFixture<OneStopShopFixture>
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    [Fact]
    public async Task A_door_to_door_campaign_in_Voorburg_Oud_shows_in_reach_by_street_tenure_and_dwelling_type()
    {
        await using var database = await fixture.CopyAsync();
        await using var db = await database.OpenAsync();
        var staff = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.Voorburg);
        var street = await OneStopShopFixture.LongestStreetAsync(db, staff, OneStopShopFixture.VoorburgOudNoord);
        var visited = street.Take(street.Count * 2 / 3).ToList();

        var campaigns = new Campaigns(db);
        var campaign = await campaigns.CreateAsync(staff, CampaignKind.DoorToDoor, "Deur aan deur voorjaar", Day, OneStopShopFixture.VoorburgOudNoord);
        (await campaigns.RecordReachedAsync(staff, campaign.Id, visited.Select(a => a.UnitId).ToList())).ShouldBe(visited.Count);
        // Recording the same addresses again reaches nobody new.
        (await campaigns.RecordReachedAsync(staff, campaign.Id, visited.Take(3).Select(a => a.UnitId).ToList())).ShouldBe(0);

        var reach = await new ReachQueries(db).ReachAsync(staff.MunicipalityId, OneStopShopFixture.VoorburgOudNoord);
        var dwellings = await Addresses.Of(db, staff.MunicipalityId).CountAsync(a => a.DistrictCode == OneStopShopFixture.VoorburgOudNoord);
        reach.Addresses.ShouldBe(dwellings);
        reach.Reached.ShouldBe(visited.Count);
        var streetRow = reach.Streets.Single(s => s.Key == street[0].StreetCode);
        streetRow.Addresses.ShouldBe(street.Count);
        streetRow.Reached.ShouldBe(visited.Count);
        streetRow.Share!.Value.ShouldBe((double)visited.Count / street.Count, 0.0001);

        // Dwelling type: every unsuppressed row counts exactly the visited addresses of that type.
        foreach (var row in reach.Segments["dwellingType"].Where(r => r.Reached is not null))
            row.Reached.ShouldBe(visited.Count(a => (a.DwellingType?.ToString() ?? "unknown") == row.Key));
        // Tenure is not recorded: estimated from the CBS shares of Leidschendam-Voorburg (58 % owner-occupied, 25 % housing association).
        reach.TenureSource.ShouldBe("municipality");
        reach.TenureEstimatedAddresses.ShouldBe(dwellings);
        var tenureReached = reach.Segments["tenure"].Sum(r => r.Reached ?? 0);
        tenureReached.ShouldBeInRange(visited.Count - 2, visited.Count + 2);
        reach.Funnel.Single(f => f.Stage == JourneyStage.FirstContact).Households.ShouldBe(visited.Count);

        var results = await campaigns.ResultsAsync(staff);
        results.Single().Reached.ShouldBe(visited.Count);
    }

    [Fact]
    public async Task Recorded_tenure_replaces_the_estimate_and_small_numbers_are_suppressed()
    {
        await using var database = await fixture.CopyAsync();
        await using var db = await database.OpenAsync();
        var staff = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.Voorburg);
        var street = await OneStopShopFixture.LongestStreetAsync(db, staff, OneStopShopFixture.VoorburgOudNoord);
        var households = new Households(db);
        foreach (var a in street.Take(3))
        {
            var h = await households.OpenAsync(staff, a.UnitId, Day);
            await households.UpdateAsync(staff, h.Id, new HouseholdChange(Tenure: Tenure.SocialRent));
        }
        var reach = await new ReachQueries(db).ReachAsync(staff.MunicipalityId, OneStopShopFixture.VoorburgOudNoord);
        reach.TenureEstimatedAddresses.ShouldBe(reach.Addresses - 3);
        // Three reached households: below the threshold of 5, so neither the count nor a share is shown anywhere.
        reach.Reached.ShouldBeNull();
        reach.Share.ShouldBeNull();
        reach.Streets.Single(s => s.Key == street[0].StreetCode).Reached.ShouldBeNull();
        reach.Funnel.Single(f => f.Stage == JourneyStage.FirstContact).Households.ShouldBeNull();
        reach.Segments["tenure"].Single(r => r.Key == "SocialRent").Share.ShouldBeNull();
    }

    [Fact]
    public async Task A_journey_keeps_its_history_and_refuses_a_stage_that_skips_the_advice()
    {
        await using var database = await fixture.CopyAsync();
        await using var db = await database.OpenAsync();
        var staff = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.Voorburg);
        var address = (await OneStopShopFixture.LongestStreetAsync(db, staff, OneStopShopFixture.VoorburgOudNoord))[0];
        var households = new Households(db);
        var h = await households.OpenAsync(staff, address.UnitId, Day, advisor: "Energiecoach Noor");

        var skip = await Should.ThrowAsync<OneStopShopException>(() => households.RecordStageAsync(staff, h.Id, JourneyStage.Decision, Day.AddDays(7)));
        skip.Message.ShouldContain("Advice");

        await households.RecordStageAsync(staff, h.Id, JourneyStage.Advice, Day.AddDays(7), note: "energiescan: dak en vloer");
        await households.RecordStageAsync(staff, h.Id, JourneyStage.Decision, Day.AddDays(30));
        // Financing is optional: straight to a contractor is allowed.
        var detail = await households.RecordStageAsync(staff, h.Id, JourneyStage.ContractorAssigned, Day.AddDays(45), document: "offerte-2026-041.pdf");
        (await Should.ThrowAsync<OneStopShopException>(() => households.RecordStageAsync(staff, h.Id, JourneyStage.Advice, Day.AddDays(50)))).Message.ShouldContain("back");

        detail.Stage.ShouldBe(JourneyStage.ContractorAssigned);
        detail.History.Select(e => e.Stage).ShouldBe([JourneyStage.FirstContact, JourneyStage.Advice, JourneyStage.Decision, JourneyStage.ContractorAssigned]);
        detail.History[1].Note.ShouldBe("energiescan: dak en vloer");
        detail.Advisor.ShouldBe("Energiecoach Noor");
        detail.NextStages.ShouldBe([JourneyStage.Works]);
    }

    [Fact]
    public async Task Voorburg_households_are_invisible_to_Den_Haag_staff()
    {
        await using var database = await fixture.CopyAsync();
        await using var db = await database.OpenAsync();
        var voorburg = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.Voorburg);
        var denHaag = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.DenHaag);
        var address = (await OneStopShopFixture.LongestStreetAsync(db, voorburg, OneStopShopFixture.VoorburgOudNoord))[0];
        var households = new Households(db);
        var h = await households.OpenAsync(voorburg, address.UnitId, Day, details: new HouseholdChange(ContactName: "J. de Vries", Email: "jdevries@example.org"));

        (await households.FindDetailAsync(denHaag, h.Id)).ShouldBeNull();
        (await households.ListAsync(denHaag)).ShouldBeEmpty();
        (await new ResidentData(db).ExportAsync(denHaag, h.Id)).ShouldBeNull();
        (await new ResidentData(db).EraseAsync(denHaag, h.Id)).ShouldBeFalse();
        await Should.ThrowAsync<HouseholdNotFoundException>(() => households.RecordStageAsync(denHaag, h.Id, JourneyStage.Advice, Day));
        // Den Haag staff cannot open a journey on a Voorburg address either.
        await Should.ThrowAsync<OneStopShopException>(() => households.OpenAsync(denHaag, address.UnitId, Day));
        (await new ReachQueries(db).ReachAsync(denHaag.MunicipalityId)).Reached.ShouldBe(0);

        var mine = await households.FindDetailAsync(voorburg, h.Id);
        mine!.ContactName.ShouldBe("J. de Vries");
    }

    [Fact]
    public async Task One_residents_data_is_exported_and_erased_keeping_anonymous_statistics()
    {
        await using var database = await fixture.CopyAsync();
        await using var db = await database.OpenAsync();
        var staff = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.Voorburg);
        var street = await OneStopShopFixture.LongestStreetAsync(db, staff, OneStopShopFixture.VoorburgOudNoord);
        var campaigns = new Campaigns(db);
        var campaign = await campaigns.CreateAsync(staff, CampaignKind.InformationEvening, "Infoavond isoleren", Day, null);
        await campaigns.RecordReachedAsync(staff, campaign.Id, street.Take(12).Select(a => a.UnitId).ToList());
        var households = new Households(db);
        var h = (await households.ListAsync(staff)).First();
        await households.UpdateAsync(staff, h.Id, new HouseholdChange(ContactName: "A. Yilmaz", Phone: "070 123 4567", Notes: "schulden: doorverwezen naar schuldhulp", Tenure: Tenure.OwnerOccupied));
        await households.SetConsentAsync(staff, h.Id, ConsentPurpose.ShareWithContractor, true, Day);
        await households.RecordStageAsync(staff, h.Id, JourneyStage.Advice, Day.AddDays(3), note: "scan gedaan");
        var before = await new ReachQueries(db).ReachAsync(staff.MunicipalityId, OneStopShopFixture.VoorburgOudNoord);

        var data = new ResidentData(db);
        var export = await data.ExportAsync(staff, h.Id);
        var json = JsonSerializer.Serialize(export);
        json.ShouldContain("A. Yilmaz");
        json.ShouldContain("schuldhulp");
        json.ShouldContain("ShareWithContractor");
        json.ShouldContain("Infoavond isoleren");
        export!.AccessLog.Select(a => a.Action).ShouldContain("export");

        (await data.EraseAsync(staff, h.Id)).ShouldBeTrue();
        var erased = await db.Households.AsNoTracking().SingleAsync(x => x.Id == h.Id);
        erased.ContactName.ShouldBeNull();
        erased.Phone.ShouldBeNull();
        erased.Notes.ShouldBeNull();
        erased.UnitId.ShouldBeNull();
        (await db.Consents.CountAsync(c => c.HouseholdId == h.Id)).ShouldBe(0);
        (await db.JourneyEvents.Where(e => e.HouseholdId == h.Id).Select(e => e.Note).ToListAsync()).ShouldAllBe(n => n == null);
        (await households.ListAsync(staff)).Select(x => x.Id).ShouldNotContain(h.Id);

        // Anonymous statistics stay: same reach in the district and the funnel, one fewer in the street.
        var after = await new ReachQueries(db).ReachAsync(staff.MunicipalityId, OneStopShopFixture.VoorburgOudNoord);
        after.Reached.ShouldBe(before.Reached);
        after.Funnel.ShouldBe(before.Funnel);
        // Reached per tenure stays; the erased address itself falls back to the CBS estimate as an address.
        after.Segments["tenure"].Select(r => r.Reached).ShouldBe(before.Segments["tenure"].Select(r => r.Reached));
        after.Streets.Single(s => s.Key == street[0].StreetCode).Reached.ShouldBe(11);
        (await db.PersonalDataAccesses.Where(a => a.HouseholdId == h.Id).Select(a => a.Action).ToListAsync()).ShouldContain("erase");
    }

    [Fact]
    public async Task Every_read_and_change_of_a_household_is_in_the_access_log()
    {
        await using var database = await fixture.CopyAsync();
        await using var db = await database.OpenAsync();
        var staff = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.Voorburg);
        var address = (await OneStopShopFixture.LongestStreetAsync(db, staff, OneStopShopFixture.VoorburgOudNoord))[0];
        var households = new Households(db);
        var h = await households.OpenAsync(staff, address.UnitId, Day);
        await households.FindDetailAsync(staff, h.Id);
        await households.UpdateAsync(staff, h.Id, new HouseholdChange(Email: "bewoner@example.org"));
        var log = await AccessLog.ForHouseholdAsync(db, staff, h.Id, default);
        log.Select(a => a.Action).ShouldBe(["create", "read", "update", "read"]);
        log.ShouldAllBe(a => a.UserId == staff.UserId);
    }

    [Fact]
    public async Task A_contact_list_is_previewed_row_by_row_and_only_valid_rows_are_stored_on_confirm()
    {
        await using var database = await fixture.CopyAsync();
        await using var db = await database.OpenAsync();
        var staff = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.Voorburg);
        var street = (await OneStopShopFixture.LongestStreetAsync(db, staff, OneStopShopFixture.VoorburgOudNoord)).Where(a => a.Postcode is not null).ToList();
        await new Households(db).OpenAsync(staff, street[4].UnitId, Day);
        var csv = Path.Combine(database.Folder, "contacten.csv");
        await File.WriteAllLinesAsync(csv,
        [
            "postcode;house_number;name;email;phone;tenure",
            $"{street[0].Postcode};{street[0].HouseNumber};P. Jansen;pjansen@example.org;0701234567;owner",
            $"{street[1].Postcode};{street[1].HouseNumber};M. Bakker;;;social-rent",
            $"{street[0].Postcode};{street[0].HouseNumber};P. Jansen;;;",
            "2599ZZ;9999;Onbekend;;;",
            $"{street[2].Postcode};{street[2].HouseNumber};kvisser@example.org;K. Visser;;",
            $"{street[3].Postcode};{street[3].HouseNumber};R. Smit;;;eigen huis",
            $"{street[4].Postcode};{street[4].HouseNumber};Al gevolgd;;;",
        ]);
        var import = new ContactListImport(db);
        var before = await db.Households.CountAsync();

        var preview = await import.PreviewAsync(staff, csv);
        preview.Committed.ShouldBeFalse();
        preview.Rows.Select(r => (r.Line, r.Status)).ShouldBe(
        [
            (2, ContactRowStatus.Valid), (3, ContactRowStatus.Valid), (4, ContactRowStatus.DuplicateInFile), (5, ContactRowStatus.UnknownAddress),
            (6, ContactRowStatus.WrongColumn), (7, ContactRowStatus.Invalid), (8, ContactRowStatus.AlreadyFollowed),
        ]);
        preview.Rows.Single(r => r.Line == 6).Problem!.ShouldContain("e-mail");
        preview.Rows.Single(r => r.Line == 4).Problem!.ShouldContain("line 2");
        (await db.Households.CountAsync()).ShouldBe(before);

        var commit = await import.CommitAsync(staff, csv, Day);
        commit.Stored.ShouldBe(2);
        commit.Rejected.ShouldBe(5);
        (await db.Households.CountAsync()).ShouldBe(before + 2);
        var bakker = await db.Households.SingleAsync(h => h.UnitId == street[1].UnitId);
        bakker.ContactName.ShouldBe("M. Bakker");
        bakker.Tenure.ShouldBe(Tenure.SocialRent);
    }

    [Fact]
    public async Task Dwellings_of_Voorburg_Oud_are_grouped_into_collective_renovation_projects_that_count_for_LEKP()
    {
        await using var database = await fixture.CopyAsync();
        await using var db = await database.OpenAsync();
        var staff = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.Voorburg);
        var projects = new RenovationProjects(db);
        var suggested = await projects.SuggestAsync(staff.MunicipalityId, OneStopShopFixture.VoorburgOudNoord);
        suggested.ShouldNotBeEmpty();
        var addresses = (await Addresses.Of(db, staff.MunicipalityId).Where(a => a.DistrictCode == OneStopShopFixture.VoorburgOudNoord).ToListAsync()).ToDictionary(a => a.UnitId);
        foreach (var g in suggested)
        {
            g.Units.Count.ShouldBeInRange(4, 40);
            g.Units.Select(u => addresses[u].DwellingType).Distinct().ShouldBe([g.Type]);
            g.Units.Select(u => Domain.Buildings.BuildYearClass.Of(addresses[u].BuildYear)).Distinct().ShouldBe([g.BuildYearClass]);
            if (g.Type != Domain.Buildings.DwellingType.Apartment) g.Units.Select(u => addresses[u].StreetCode).Distinct().ShouldBe([g.Street]);
            else g.Units.Select(u => addresses[u].BuildingId).Distinct().Count().ShouldBe(1);
        }
        suggested.SelectMany(g => g.Units).Count().ShouldBe(suggested.SelectMany(g => g.Units).Distinct().Count());

        // Staff take the first terraced group, drop one house and add it to nothing else.
        var group = suggested.First(g => g.Type != Domain.Buildings.DwellingType.Apartment);
        var project = await projects.CreateAsync(staff.MunicipalityId, "Rijtjeshuizen " + group.BuildYearClass, group.Units, plannedYear: 2028);
        project.Dwellings.ShouldBe(group.Units.Count);
        project = await projects.AdjustAsync(staff.MunicipalityId, project.Id, [], [group.Units[0]]);
        project.Dwellings.ShouldBe(group.Units.Count - 1);
        (await projects.SuggestAsync(staff.MunicipalityId, OneStopShopFixture.VoorburgOudNoord)).SelectMany(g => g.Units).ShouldNotContain(group.Units[1]);

        var permit = await projects.PermitFileAsync(staff.MunicipalityId, project.Id);
        permit.Addresses.Count.ShouldBe(group.Units.Count - 1);
        permit.Addresses.Select(a => a.BagId).ShouldAllBe(id => id.Length == 16);
        permit.MunicipalityName.ShouldBe("Leidschendam-Voorburg");

        var waves = await projects.WavesAsync(staff.MunicipalityId);
        waves.Single().UnitIds.Count.ShouldBe(group.Units.Count - 1);
        waves.Single().PlannedYear.ShouldBe(2028);

        await projects.SetStatusAsync(staff.MunicipalityId, project.Id, RenovationProjectStatus.Finished, new DateOnly(2028, 10, 1));
        var contributions = await new CollectiveRenovationContributions(db).ContributionsAsync(staff.MunicipalityId, default);
        contributions.Single().ShouldBe(new LekpContribution(CollectiveRenovationContributions.TargetKey, OneStopShopFixture.VoorburgOudNoord,
            group.Units.Count - 1, Domain.Lekp.MeasureStatus.Realised, new DateOnly(2028, 10, 1)));
        // Another municipality cannot touch the project.
        var denHaag = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.DenHaag);
        await Should.ThrowAsync<OneStopShopException>(() => projects.PermitFileAsync(denHaag.MunicipalityId, project.Id));
    }

    [Fact]
    public async Task The_vulnerability_profile_combines_CBS_figures_with_the_Platform31_scores()
    {
        await using var database = await fixture.CopyAsync();
        await using var db = await database.OpenAsync();
        var staff = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.Voorburg);
        var profiles = new VulnerabilityProfiles(db);
        var profile = await profiles.ProfileAsync(staff.MunicipalityId, OneStopShopFixture.VoorburgOudNoord);
        profile!.Statistics.Single(f => f.Key == "pct_hh_laag_inkomen").Level.ShouldBe("municipality");
        profile.Statistics.Single(f => f.Key == "percentage_eenpersoonshuishoudens").Level.ShouldBe("district");
        profile.Flagged.ShouldBeFalse();
        await Should.ThrowAsync<OneStopShopException>(() => profiles.SetScoresAsync(staff.MunicipalityId, OneStopShopFixture.VoorburgOudNoord, new VulnerabilityScores(6, null, null, null, null, null)));
        profile = await profiles.SetScoresAsync(staff.MunicipalityId, OneStopShopFixture.VoorburgOudNoord, new VulnerabilityScores(2, 2, 4, 3, null, "schulden in de portiekflats"));
        profile.Flagged.ShouldBeTrue();
        var reach = await new ReachQueries(db).ReachAsync(staff.MunicipalityId);
        var vulnerable = reach.Segments["vulnerability"].Single(r => r.Key == "vulnerable");
        vulnerable.Addresses.ShouldBe(await Addresses.Of(db, staff.MunicipalityId).CountAsync(a => a.DistrictCode == OneStopShopFixture.VoorburgOudNoord));
    }

    [Fact]
    public async Task The_reach_command_prints_addresses_reached_and_shares_per_segment_and_stage_as_json()
    {
        await using var database = await fixture.CopyAsync();
        int visited;
        await using (var db = await database.OpenAsync())
        {
            var staff = await OneStopShopFixture.StaffOfAsync(db, OneStopShopFixture.Voorburg);
            var street = await OneStopShopFixture.LongestStreetAsync(db, staff, OneStopShopFixture.VoorburgOudNoord);
            var campaigns = new Campaigns(db);
            var c = await campaigns.CreateAsync(staff, CampaignKind.Letter, "Brief aan alle bewoners", Day, null);
            visited = await campaigns.RecordReachedAsync(staff, c.Id, street.Take(8).Select(a => a.UnitId).ToList());
            var households = new Households(db);
            foreach (var h in (await households.ListAsync(staff)).Take(6))
                await households.RecordStageAsync(staff, h.Id, JourneyStage.Advice, Day.AddDays(10));
        }
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = await Wijkwerf.Cli.CliApp.RunAsync(["reach", OneStopShopFixture.VoorburgOudNoord, "--db", database.Location.Value, "--json"], output, errors);
        exit.ShouldBe(0, errors.ToString());
        var root = JsonDocument.Parse(output.ToString()).RootElement;
        root.GetProperty("reached").GetInt32().ShouldBe(visited);
        root.GetProperty("addresses").GetInt32().ShouldBeGreaterThan(1000);
        var funnel = root.GetProperty("funnel").EnumerateArray().ToDictionary(f => f.GetProperty("stage").GetString()!, f => f.GetProperty("households"));
        funnel["FirstContact"].GetInt32().ShouldBe(8);
        funnel["Advice"].GetInt32().ShouldBe(6);
        funnel["Decision"].GetInt32().ShouldBe(0);
        root.GetProperty("segments").GetProperty("tenure").GetArrayLength().ShouldBe(3);
        root.GetProperty("segments").GetProperty("dwellingType").GetArrayLength().ShouldBe(6);
        // No personal data in the CLI output.
        output.ToString().ShouldNotContain("contactName");

        (await Wijkwerf.Cli.CliApp.RunAsync(["reach", "BU00000000", "--db", database.Location.Value, "--json"], new StringWriter(), new StringWriter())).ShouldBe(2);
    }
}
