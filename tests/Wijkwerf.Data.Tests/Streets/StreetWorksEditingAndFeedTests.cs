using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Streets;

namespace Wijkwerf.Data.Tests.Streets;

/// <summary>Works entered in the page's form, the GIPOD feed and the dig-once plan's moratorium and lead time, on the
/// real Wechelderzande street graph.</summary>
public class StreetWorksEditingAndFeedTests(StreetWorksFixture fixture) : IClassFixture<StreetWorksFixture>
{
    private const string Wechelderzande = "13019W04";
    private const string Pastorijstraat = "w37682499:0";

    private static Dictionary<string, string?> HeatWork(string reference = "LIL-FORM-1") => new()
    {
        ["reference"] = reference, ["title"] = "Warmtenet aftakking", ["owner"] = "Warmtenet Lille", ["kind"] = "heat",
        ["segments"] = Pastorijstraat, ["start"] = "2028-02-01", ["end"] = "2028-03-31", ["earliest_start"] = "2027-09-01",
        ["latest_start"] = "2028-04-01", ["excavated_m2"] = "80", ["status"] = "planned",
    };

    [Theory]
    [InlineData("end", "2027-01-01", "before it starts")]
    [InlineData("kind", "tunnel", "no work kind")]
    [InlineData("segments", "w1:99", "not in the street graph")]
    [InlineData("excavated_m2", "-5", "not a non-negative number")]
    public async Task A_work_from_the_form_is_refused_by_the_same_rules_as_a_file_and_nothing_is_stored(string field, string value, string message)
    {
        await using var copy = await fixture.CopyAsync();
        await using var db = await copy.OpenAsync();
        var fields = HeatWork();
        fields[field] = value;
        var e = await Should.ThrowAsync<BadInputException>(() => new StreetWorksEditing(db).SaveAsync(Wechelderzande, null, fields, "test", default));
        e.Field.ShouldBe(field);
        e.Problem.ShouldContain(message);
        (await db.StreetWorks.CountAsync()).ShouldBe(0);

        // The same row in a CSV file fails on the same field with the same words.
        var path = Path.Combine(copy.Folder, "one.csv");
        await File.WriteAllLinesAsync(path, [string.Join(';', fields.Keys), string.Join(';', fields.Values)]);
        var fromFile = await Should.ThrowAsync<BadInputException>(() => WorksImport.ImportAsync(db, path));
        fromFile.Field.ShouldBe(field);
        fromFile.Problem.ShouldStartWith(e.Problem);
    }

    [Fact]
    public async Task A_work_saved_in_the_form_lies_on_its_segment_shows_in_the_conflicts_and_can_be_changed_and_deleted()
    {
        await using var copy = await fixture.CopyAsync();
        await using var db = await copy.OpenAsync();
        await WorksImport.ImportAsync(db, StreetWorksFixture.Sample("wechelderzande-works.geojson"));
        var editing = new StreetWorksEditing(db);
        var saved = await editing.SaveAsync(Wechelderzande, null, HeatWork(), "page: test", default);
        saved.ShouldNotBeNull();
        saved.DistrictCode.ShouldBe(Wechelderzande);
        saved.SegmentIds.ShouldHaveSingleItem();

        // It digs the Pastorijstraat two months after its new carriageway (LIL-2027-003): a moratorium conflict.
        var conflicts = await new StreetWorksAnalysis(db).ConflictsAsync(Wechelderzande);
        conflicts.Conflicts.ShouldContain(c => c.Rule == "moratorium" && c.Work == "LIL-FORM-1" && c.Other == "LIL-2027-003");

        // Moved before the renewal, the conflict is gone; the reference of another work is refused.
        var earlier = HeatWork();
        earlier["start"] = "2027-06-01";
        earlier["end"] = "2027-07-15";
        earlier["earliest_start"] = "2027-06-01";
        earlier["latest_start"] = "2027-06-01";
        (await editing.SaveAsync(Wechelderzande, saved.Id, earlier, "page: test", default))!.Start.ShouldBe(new DateOnly(2027, 6, 1));
        (await new StreetWorksAnalysis(db).ConflictsAsync(Wechelderzande)).Conflicts.ShouldNotContain(c => c.Work == "LIL-FORM-1" && c.Rule == "moratorium");
        var taken = await Should.ThrowAsync<BadInputException>(() => editing.SaveAsync(Wechelderzande, saved.Id, HeatWork("LIL-2027-001"), "page: test", default));
        taken.Field.ShouldBe("reference");
        (await db.StreetWorks.CountAsync(w => w.Reference == "LIL-2027-001")).ShouldBe(1);

        // A work of Wechelderzande is no work of another district.
        (await editing.SaveAsync("13019W01", saved.Id, earlier, "page: test", default)).ShouldBeNull();
        (await editing.DeleteAsync(Wechelderzande, saved.Id, default)).ShouldBeTrue();
        (await db.StreetWorks.CountAsync()).ShouldBe(16);
    }

    [Fact]
    public async Task The_GIPOD_feed_sample_imports_its_groundworks_and_leaves_out_the_cancelled_one()
    {
        await using var copy = await fixture.CopyAsync();
        await using var db = await copy.OpenAsync();
        var outcome = await WorksImport.ImportAsync(db, StreetWorksFixture.Sample("wechelderzande-gipod.json"));
        outcome.Format.ShouldBe("gipod");
        outcome.Works.ShouldBe(16);
        outcome.Skipped.ShouldBe(1);
        outcome.Rejected.ShouldBeEmpty();
        outcome.Districts.ShouldBe([Wechelderzande]);
        var sewer = await db.StreetWorks.SingleAsync(w => w.Reference == "GIPOD-10482000");
        sewer.Kind.ShouldBe("sewer");
        sewer.UtilityRelocation.ShouldBeTrue();
        sewer.Start.ShouldBe(new DateOnly(2027, 3, 1));
        // Matched from the location (no segment ids in GIPOD): the Pastorijstraat's ten segments, and side streets whose
        // middle lies within 8 m of the line.
        var pastorijstraat = await db.StreetSegments.Where(s => s.Name == "Pastorijstraat").Select(s => s.Id).ToListAsync();
        sewer.SegmentIds.Count(pastorijstraat.Contains).ShouldBe(10);
        (await db.StreetWorks.CountAsync(w => w.Status == "finished")).ShouldBe(2);
        (await db.StreetWorks.CountAsync(w => w.Surface == "footway")).ShouldBe(8);
        var conflicts = await new StreetWorksAnalysis(db).ConflictsAsync(Wechelderzande);
        conflicts.Conflicts.ShouldContain(c => c.Rule == "moratorium");
    }

    [Fact]
    public async Task A_GIPOD_feed_stores_its_good_records_and_names_each_bad_one_by_id_and_field()
    {
        await using var copy = await fixture.CopyAsync();
        await using var db = await copy.OpenAsync();
        var feed = JsonNode.Parse(await File.ReadAllTextAsync(StreetWorksFixture.Sample("wechelderzande-gipod.json")))!;
        var records = feed["records"]!.AsArray();
        records[1]!["period"]!["end"] = "2020-01-01";               // ends before it starts
        records[2]!["workType"] = "tunnelbouw";                     // unknown kind
        records[3]!["location"] = JsonNode.Parse("""{"type":"Point","coordinates":[2.0,48.0]}"""); // in Paris
        records[4]!.AsObject().Remove("gipodId");
        var path = Path.Combine(copy.Folder, "feed.json");
        await File.WriteAllTextAsync(path, feed.ToJsonString());

        var outcome = await WorksImport.ImportAsync(db, path);
        outcome.Works.ShouldBe(12);
        outcome.Problems.ShouldBe(4);
        var rejected = outcome.Rejected!;
        rejected.ShouldContain(p => p.Where == $"record {records[1]!["gipodId"]}" && p.Field == "end" && p.Problem.Contains("before it starts"));
        rejected.ShouldContain(p => p.Where == $"record {records[2]!["gipodId"]}" && p.Field == "kind" && p.Problem.Contains("'tunnelbouw'"));
        rejected.ShouldContain(p => p.Where == $"record {records[3]!["gipodId"]}" && p.Field == "geometry" && p.Problem.Contains("outside every district"));
        rejected.ShouldContain(p => p.Where == "record 5" && p.Field == "gipodId");
        (await db.StreetWorks.CountAsync()).ShouldBe(12);
    }

    [Fact]
    public async Task A_GIPOD_feed_without_one_good_record_stores_nothing()
    {
        await using var copy = await fixture.CopyAsync();
        await using var db = await copy.OpenAsync();
        var path = Path.Combine(copy.Folder, "bad-feed.json");
        await File.WriteAllTextAsync(path, """{"format":"gipod-groundworks","records":[{"gipodId":1,"type":"grondwerk","owner":{"name":"X"},"workType":"riolering","period":{"start":"2027-05-01","end":"2027-04-01"},"segments":"w37682499:0"}]}""");
        var e = await Should.ThrowAsync<BadInputException>(() => WorksImport.ImportAsync(db, path));
        e.Where.ShouldBe("record 1");
        e.Field.ShouldBe("end");
        e.Message.ShouldContain("Nothing was imported");
        (await db.StreetWorks.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task The_dig_once_plan_never_moves_a_work_into_a_moratorium_nor_before_its_lead_time_and_says_why()
    {
        await using var copy = await fixture.CopyAsync();
        await using var db = await copy.OpenAsync();
        await WorksImport.ImportAsync(db, StreetWorksFixture.Sample("wechelderzande-works.geojson"));
        var analysis = new StreetWorksAnalysis(db);
        var planning = new DateOnly(2027, 1, 1);
        var plan = await analysis.PlanAsync(Wechelderzande, planningDate: planning);
        plan.PlanningDate.ShouldBe(planning);
        var (_, works) = await analysis.WorksAsync(Wechelderzande);
        var rules = analysis.Rules;
        var moved = works.Where(w => plan.PlannedStart.TryGetValue(w.Reference, out var p) && p != w.Start).ToList();
        moved.ShouldNotBeEmpty();
        foreach (var w in moved)
        {
            var to = plan.PlannedStart[w.Reference];
            to.ShouldBeGreaterThanOrEqualTo(Engine.Streets.Works.Groundwork.EarliestStart(planning, w.ExcavatedM2, w.UtilityRelocation, rules), w.Reference);
            if (w.Kind == "road") continue;
            // No moved work starts on a segment inside the moratorium of a renewal of the same surface, as planned.
            foreach (var r in works.Where(r => r.Kind == "road" && r.Surface == w.Surface && r.SegmentIds.Intersect(w.SegmentIds).Any()))
            {
                var end = plan.PlannedStart.TryGetValue(r.Reference, out var rs) ? rs.AddDays(r.End.DayNumber - r.Start.DayNumber) : r.End;
                var years = rules[w.Surface == "footway" ? "moratorium_footway_years" : "moratorium_carriageway_years"];
                (to > end && to.DayNumber - end.DayNumber <= (int)(years * 365.25)).ShouldBeFalse($"{w.Reference} moved into the moratorium after {r.Reference}");
            }
        }
        // The sewer of the Pastorijstraat needs six months' notice: from 1 January it can only stay on 1 March.
        plan.PlannedStart["LIL-2027-001"].ShouldBe(new DateOnly(2027, 3, 1));
        // The heat network in the Heymansstraat could join the cables' trench, but that lies in the moratorium after the 2025 renewal.
        plan.PlannedStart["LIL-2028-010"].ShouldBe(new DateOnly(2028, 5, 2));
        var hold = plan.Holds.Single(h => h.Work == "LIL-2028-010");
        hold.Reason.ShouldBe("moratorium");
        hold.Renewal.ShouldBe("LIL-2025-009");
        hold.Message.ShouldContain("moratorium after renewal LIL-2025-009");

        // Planned in mid-2028 instead, the lead time stops works from moving into the past weeks: it is named.
        var late = await analysis.PlanAsync(Wechelderzande, planningDate: new DateOnly(2028, 1, 15));
        foreach (var w in works.Where(w => late.PlannedStart.TryGetValue(w.Reference, out var p) && p != w.Start))
            late.PlannedStart[w.Reference].ShouldBeGreaterThanOrEqualTo(Engine.Streets.Works.Groundwork.EarliestStart(new DateOnly(2028, 1, 15), w.ExcavatedM2, w.UtilityRelocation, rules));
        late.Holds.ShouldContain(h => h.Reason == "leadtime");
    }
}
