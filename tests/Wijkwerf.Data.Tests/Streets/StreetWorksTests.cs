using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Lekp;
using Wijkwerf.Data.Streets;
using Wijkwerf.Engine.Streets;
using Wijkwerf.Engine.Streets.DigOnce;

namespace Wijkwerf.Data.Tests.Streets;

public class StreetWorksTests(StreetWorksFixture fixture) : IClassFixture<StreetWorksFixture>
{
    private const string Wechelderzande = "13019W04";
    private const string VoorburgOudNoord = "BU19161300";

    [Fact]
    public async Task The_Wechelderzande_sample_lies_on_real_OSM_segments_and_yields_conflicts_and_bundles()
    {
        await using var copy = await fixture.CopyAsync();
        await using var db = await copy.OpenAsync();
        var outcome = await WorksImport.ImportAsync(db, StreetWorksFixture.Sample("wechelderzande-works.geojson"));
        outcome.Works.ShouldBe(16);
        outcome.Districts.ShouldBe([Wechelderzande]);
        var works = await db.StreetWorks.ToListAsync();
        var segmentIds = works.SelectMany(w => w.SegmentIds).Distinct().ToList();
        (await db.StreetSegments.CountAsync(s => segmentIds.Contains(s.Id) && s.DistrictId != null)).ShouldBe(segmentIds.Count);

        var result = await new StreetWorksAnalysis(db).ConflictsAsync(Wechelderzande);
        // The heat network in the Pastorijstraat comes four months after its new carriageway.
        result.Conflicts.ShouldContain(c => c.Rule == "moratorium" && c.Work == "LIL-2028-002" && c.Other == "LIL-2027-003");
        // Trees in the Wagemansstraat are planted before the sewer and the heat pipe beneath them.
        result.Conflicts.ShouldContain(c => c.Rule == "order" && c.Work == "LIL-2029-011" && c.Other == "LIL-2028-012");
        // The sewer needs utilities relocated: 6 months ahead, registered 44 days late.
        result.Conflicts.ShouldContain(c => c.Rule == "leadtime" && c.Work == "LIL-2027-001" && c.Days == 44 && c.Severity == "warning");
        result.Synergies.ShouldContain(s => s.Works.Contains("LIL-2027-001") && s.Works.Contains("LIL-2027-003"));
    }

    [Fact]
    public async Task The_dig_once_plan_for_Wechelderzande_saves_openings_nuisance_days_and_euros()
    {
        await using var copy = await fixture.CopyAsync();
        await using var db = await copy.OpenAsync();
        await WorksImport.ImportAsync(db, StreetWorksFixture.Sample("wechelderzande-works.geojson"));
        var analysis = new StreetWorksAnalysis(db);
        var plan = await analysis.PlanAsync(Wechelderzande, planningDate: new DateOnly(2026, 1, 1));
        var rules = analysis.Rules;

        plan.Status.ShouldBeOneOf("optimal", "feasible");
        plan.OrderViolations.ShouldBe(0);
        plan.After.Openings.ShouldBeLessThan(plan.Before.Openings);
        plan.After.NuisanceDays.ShouldBeLessThan(plan.Before.NuisanceDays);
        plan.SavingEur.ShouldBe(plan.ReopenedM2Saved * rules["reinstatement_eur_per_m2"] + plan.NuisanceDaysSaved * rules["nuisance_eur_per_day"], 1);
        plan.SavingEur.ShouldBeGreaterThan(0);

        // The figures are measured on the stored works, independently of the solver.
        var (_, works) = await analysis.WorksAsync(Wechelderzande);
        var planned = works.Where(w => w.Status == "planned").ToList();
        var before = DigOncePlanner.Evaluate(Plannable(planned), planned.Select(w => w.Start.DayNumber).ToArray(), rules);
        before.ShouldBe(plan.Before);

        // Every work stays in its window; the heat pipe of the Pastorijstraat now shares the sewer's trench.
        foreach (var w in planned) plan.PlannedStart[w.Reference].ShouldBeInRange(w.EarliestStart, w.LatestStart);
        var sewer = plan.PlannedStart["LIL-2027-001"].DayNumber;
        var heat = plan.PlannedStart["LIL-2028-002"].DayNumber;
        Math.Abs(heat - sewer).ShouldBeLessThanOrEqualTo((int)rules["bundle_window_days"]);
        plan.PlannedStart["LIL-2029-011"].ShouldBeLessThanOrEqualTo(plan.PlannedStart["LIL-2028-012"]);
        plan.Moves.ShouldContain(m => m.Work == "LIL-2028-002" && m.Message.Length > 0);
    }

    private static PlanWork[] Plannable(List<Domain.Streets.StreetWork> works) =>
        works.Select((w, i) =>
        {
            WorkKinds.TryParse(w.Kind, out var kind);
            return new PlanWork(i, w.SegmentIds.Select(id => (int)id).ToArray(), kind, 0, w.Start.DayNumber, w.End.DayNumber - w.Start.DayNumber + 1,
                w.EarliestStart.DayNumber, w.LatestStart.DayNumber, w.ExcavatedM2, w.CostEur);
        }).ToArray();

    [Fact]
    public async Task The_Voorburg_sample_is_planned_per_BAG_street_and_saves_openings()
    {
        await using var copy = await fixture.CopyAsync();
        await using var db = await copy.OpenAsync();
        var outcome = await WorksImport.ImportAsync(db, StreetWorksFixture.Sample("voorburg-oud-noord-works.csv"));
        outcome.Works.ShouldBe(9);
        outcome.Districts.ShouldBe([VoorburgOudNoord]);
        var analysis = new StreetWorksAnalysis(db);
        var conflicts = await analysis.ConflictsAsync(VoorburgOudNoord);
        conflicts.Conflicts.ShouldContain(c => c.Rule == "moratorium" && c.Work == "DH-2028-07" && c.Other == "DH-2026-06");
        var plan = await analysis.PlanAsync(VoorburgOudNoord, planningDate: new DateOnly(2026, 1, 1));
        plan.Status.ShouldBe("optimal");
        plan.OpeningsSaved.ShouldBeGreaterThan(0);
        plan.SavingEur.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("end", "2026-01-01", "before it starts")]
    [InlineData("kind", "tunnel", "no work kind")]
    [InlineData("lon", "2.0", "outside every district")]
    public async Task A_bad_row_rejects_the_whole_works_file_and_stores_nothing(string column, string value, string message)
    {
        await using var copy = await fixture.CopyAsync();
        await using var db = await copy.OpenAsync();
        var lines = File.ReadAllLines(StreetWorksFixture.Sample("voorburg-oud-noord-works.csv"));
        var header = lines[0].Split(';');
        var bad = lines[5].Split(';');
        bad[Array.IndexOf(header, column)] = value;
        lines[5] = string.Join(';', bad);
        var path = Path.Combine(copy.Folder, "bad-works.csv");
        await File.WriteAllLinesAsync(path, lines);

        var e = await Should.ThrowAsync<BadInputException>(() => WorksImport.ImportAsync(db, path));
        e.Message.ShouldContain(message);
        e.Where.ShouldBe("line 6");
        e.Message.ShouldContain("Nothing was imported");
        (await db.StreetWorks.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task The_Pastorijstraat_holds_a_heat_pipe_and_separated_sewer_but_its_green_strip_is_too_narrow_for_the_tree_row()
    {
        await using var copy = await fixture.CopyAsync();
        await using var db = await copy.OpenAsync();
        await WorksImport.ImportAsync(db, StreetWorksFixture.Sample("wechelderzande-works.geojson"));
        var segment = (await db.StreetWorks.SingleAsync(w => w.Reference == "LIL-2028-002")).SegmentIds[0];
        var profiles = new StreetProfiles(db);

        var planned = await profiles.CheckAsync(segment.ToString(), new ProfileOptions());
        planned.ShouldNotBeNull();
        planned.Fit.Networks.Select(n => n.Network).ShouldBe(["lv", "gas", "water", "telecom", "sewer_foul", "sewer_rain", "heat", "trees"]);
        planned.Fit.Fits.ShouldBeFalse();
        var v = planned.Fit.Violations.ShouldHaveSingleItem();
        v.Network.ShouldBe("trees");
        v.Problem.ShouldContain("3.14 m");
        // Moving the green strip next to the parking lane gives the roots 3.4 m: a layout that fits.
        planned.Fit.ProposedStrips.ShouldNotBeNull();
        planned.Fit.ProposedPlacement!.Count.ShouldBe(planned.Fit.Networks.Count);

        // Smaller trees fit as the street is laid out now.
        (await profiles.CheckAsync(segment.ToString(), new ProfileOptions(TreeClass: 3)))!.Fit.Fits.ShouldBeTrue();
        // In a 6.4 m street with no parking lane or green strip, neither the trees nor a DN200 heat pipe beside a separated sewer fit.
        var narrow = await profiles.CheckAsync(segment.ToString(), new ProfileOptions(HeatDn: 200, Strips: "footway:1.2|carriageway:4|footway:1.2"));
        narrow!.Fit.Fits.ShouldBeFalse();
        narrow.Fit.Violations.Select(x => x.Network).ShouldContain("trees");
        narrow.Fit.Violations.Select(x => x.Network).ShouldContain("heat");
        narrow.Fit.ProposedStrips.ShouldBeNull();
    }

    [Fact]
    public async Task Finished_street_works_count_in_the_LEKP_monitor_without_being_typed_twice()
    {
        await using var copy = await fixture.CopyAsync();
        await using var db = await copy.OpenAsync();
        await WorksImport.ImportAsync(db, StreetWorksFixture.Sample("wechelderzande-works.geojson"));
        await LekpMunicipalities.SetFiguresAsync(db, "Lille", 16_500, null, "2.0", null);
        var monitor = new LekpMonitor(db, contributions: [new StreetWorksLekpContributions(db)]);
        var targets = (await monitor.ForMunicipalityAsync("Lille"))!;
        var district = targets.Districts.Single(d => d.Code == Wechelderzande);
        var unsealing = district.Targets.Single(t => t.Key == "ontharding");
        unsealing.Realised.ShouldBe(450); // the finished Heymansstraat wadi
        unsealing.Planned.ShouldBe(300 + 120); // Pastorijstraat and Wagemansstraat
        district.Targets.Single(t => t.Key == "bomen").Realised.ShouldBe(8);
        district.Targets.Single(t => t.Key == "laadpuntequivalenten").Planned.ShouldBe(6 + 2);
    }
}
