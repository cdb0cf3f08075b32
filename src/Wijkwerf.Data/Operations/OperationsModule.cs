using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Mail;
using Wijkwerf.Data.Modules;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Operations;

namespace Wijkwerf.Data.Operations;

/// <summary>The operations module's demo content: the 100 Districts Forum with its programme and registrations, the
/// Platform31 call of seed 003 with applications and reviews, a practice lab, and an outcome monitor with the five
/// dimensions for every pilot district (the 14 buurten of Voorburg / Bezuidenhout and Wechelderzande). Measurements
/// only where real data exists (Fluvius measured gas 2018–2021; CBS <c>gem_aardgas</c> where a district's statistics
/// carry it, which the 2022 buurten file does not); other dimensions stay empty until the platform team records them. Idempotent: each part is added only when missing.</summary>
public sealed class OperationsDemoSeed : IDemoSeed
{
    public const string ForumTitle = "100 Wijkenforum 2026";
    public const string CallTitle = "Verduurzaming van kwetsbare wijken";
    public string Module => "operations";
    public int Order => 200;

    public async Task SeedAsync(WijkwerfDb db, CancellationToken ct)
    {
        await SeedIndicatorsAsync(db, ct);
        await SeedMeasurementsAsync(db, ct);
        await SeedForumAsync(db, ct);
        await SeedCallAsync(db, ct);
    }

    public static readonly NewIndicator[] Indicators =
    [
        new("gas-m3-per-dwelling", OutcomeDimension.EnergySavings, "Gemiddeld aardgasverbruik per woning", "m³/jaar", "CBS Kerncijfers wijken en buurten (gem_aardgas)", HigherIsBetter: false, NameEn: "Average natural gas use per dwelling"),
        new("gas-kwh-per-customer", OutcomeDimension.EnergySavings, "Aardgasverbruik per residentiële klant", "kWh/jaar", "Fluvius open data, verbruik per statistische sector", HigherIsBetter: false, NameEn: "Natural gas use per residential customer"),
        new("liveability-score", OutcomeDimension.LivingClimate, "Leefbaarheidsscore", "score 1–9", "Leefbaarometer / gemeentelijke wijkmonitor", NameEn: "Liveability score"),
        new("active-residents", OutcomeDimension.Participation, "Actieve bewoners in klimaattafel of bewonersgroep", "personen", "Wijkteam, actieonderzoek", NameEn: "Residents active in a climate table or residents' group"),
        new("local-jobs", OutcomeDimension.Employment, "Lokale banen en leerwerkplekken in de verduurzaming", "banen", "Opdrachtgevers (social return)", NameEn: "Local jobs and apprenticeships in the retrofit"),
        new("social-cohesion", OutcomeDimension.SocialCohesion, "Sociale cohesie (schaalscore)", "score 0–10", "CBS / gemeentelijke bewonersenquête", NameEn: "Social cohesion (scale score)"),
    ];

    private static async Task SeedIndicatorsAsync(WijkwerfDb db, CancellationToken ct)
    {
        var outcomes = new OutcomeService(db);
        var existing = await db.OutcomeIndicators.Select(i => i.Key).ToListAsync(ct);
        foreach (var i in Indicators.Where(i => !existing.Contains(i.Key))) await outcomes.DefineIndicatorAsync(i, ct);
    }

    /// <summary>The pilot districts: those with buildings imported (the 14 buurten of Voorburg / Bezuidenhout,
    /// BU1916… and BU0518…, and Wechelderzande), plus any Leidschendam-Voorburg buurt and Wechelderzande by name.</summary>
    public static async Task<List<(string Code, string Name, int? MunicipalityId)>> PilotDistrictsAsync(WijkwerfDb db, CancellationToken ct)
    {
        var rows = await db.Districts.AsNoTracking()
            .Where(d => d.Code.StartsWith("BU1916") || d.Name.Contains("Wechelderzande") || db.Buildings.Any(b => b.DistrictId == d.Id))
            .OrderBy(d => d.Code).Select(d => new { d.Code, d.Name, d.MunicipalityId }).ToListAsync(ct);
        return rows.Select(r => (r.Code, r.Name, r.MunicipalityId)).ToList();
    }

    private static async Task SeedMeasurementsAsync(WijkwerfDb db, CancellationToken ct)
    {
        if (await db.OutcomeMeasurements.AnyAsync(ct)) return;
        var outcomes = new OutcomeService(db);
        foreach (var (code, _, _) in await PilotDistrictsAsync(db, ct))
        {
            var district = await db.Districts.AsNoTracking().FirstAsync(d => d.Code == code, ct);
            if (district.StatisticsJson is { } json && GasM3(json) is { } m3)
                await outcomes.RecordAsync(code, "gas-m3-per-dwelling", new DateOnly(2022, 12, 31), m3, isBaseline: true, "CBS KWB 2022", ct);
            var fluvius = await db.MeasuredEnergyUses.AsNoTracking().Where(m => m.DistrictId == district.Id && m.GasResidentialCustomers > 0)
                .GroupBy(m => m.Year).Select(g => new { Year = g.Key, KWh = g.Sum(m => m.GasResidentialKWh), Customers = g.Sum(m => m.GasResidentialCustomers) })
                .OrderBy(x => x.Year).ToListAsync(ct);
            for (var i = 0; i < fluvius.Count; i++)
            {
                var f = fluvius[i];
                if (f.Customers is not > 0 || f.KWh is null) continue;
                await outcomes.RecordAsync(code, "gas-kwh-per-customer", new DateOnly(f.Year, 12, 31), Math.Round(f.KWh.Value / f.Customers.Value), isBaseline: i == 0, $"Fluvius {f.Year}", ct);
            }
        }
    }

    private static double? GasM3(string json)
    {
        using var doc = JsonDocument.Parse(json);
        if (!doc.RootElement.TryGetProperty("gem_aardgas", out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.Number when v.GetDouble() > 0 => v.GetDouble(),
            JsonValueKind.String when double.TryParse(v.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var d) && d > 0 => d,
            _ => null,
        };
    }

    private static async Task SeedForumAsync(WijkwerfDb db, CancellationToken ct)
    {
        if (await db.ForumEvents.AnyAsync(e => e.Title == ForumTitle, ct)) return;
        var forum = new ForumService(db, NoMail.Instance, TimeProvider.System);
        // Thursday 8 October 2026, 09:00–17:00 in Brussels.
        DateTime At(int h, int m = 0) => BrusselsTime.ToUtc(new DateTime(2026, 10, 8, h, m, 0));
        var id = await forum.CreateEventAsync(new NewEvent(ForumTitle, ForumEventKind.Forum, At(9), At(17), 250, "De Studio, Antwerpen",
            "100 Districts Forum 2026", "De jaarlijkse ontmoeting van het 100 Wijkenplatform: oogst van de werkprogramma's, praktijkcases en intervisie.",
            [
                new("Opening: een jaar 100 Wijkenplatform", At(9, 30), At(10, 15), "Grote zaal", 250, "Platformteam", "nl/en", "platform"),
                new("Parel van het warmtenet: hele wijk in één keer?", At(10, 30), At(11, 45), "Zaal A", 60, "WP1-ontwikkelteam", "nl", "energie,wp1"),
                new("Iedereen mee! Eén loket per huishouden", At(10, 30), At(11, 45), "Zaal B", 40, "WP2-ontwikkelteam, Energiehuis", "nl", "renovatie,wp2"),
                new("Streets for the future: hubs and unsealing", At(10, 30), At(11, 45), "Zaal C", 30, "WP3 development team", "en", "mobiliteit,groen,water,wp3"),
                new("Praktijklab: lessen uit kwetsbare wijken", At(13, 0), At(14, 15), "Zaal A", 40, "Platform31, Nyenrode", "nl", "renovatie,energie"),
                new("Intervisie tussen de cases", At(13, 0), At(14, 15), "Zaal B", 25, "Casusteams", "nl", "platform"),
                new("Convenanten met nutsbedrijven", At(14, 30), At(15, 30), "Zaal C", 30, "Fluvius, VVSG", "nl", "water,wp3"),
                new("Werkboek: wat we dit jaar leerden", At(15, 45), At(16, 30), "Grote zaal", 250, "Platformteam", "nl/en", "platform"),
            ]));
        var sessions = await db.ForumSessions.Where(s => s.EventId == id).OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Room).Select(s => s.Id).ToListAsync(ct);
        string[] organisations = ["Gemeente Lille", "Gemeente Leidschendam-Voorburg", "Gemeente Berlaar", "Stad Gent", "Energiehuis Kempen", "Fluvius", "VVSG", "Platform31"];
        string[] first = ["An", "Bram", "Chloé", "Dirk", "Eva", "Fatima", "Geert", "Hanne", "Ilse", "Jeroen", "Karim", "Lotte", "Mehmet", "Nele", "Pieter", "Roos", "Sanne", "Tom", "Yasmina", "Wim"];
        string[] last = ["Peeters", "Janssens", "de Vries", "Maes", "Jacobs", "Bakker", "El Amrani", "Claes", "Visser", "Wouters"];
        for (var i = 0; i < 36; i++)
        {
            var name = $"{first[i % first.Length]} {last[(i * 7) % last.Length]}";
            int[] picks = [sessions[0], sessions[1 + i % 3], sessions[4 + i % 2], sessions[7]];
            await forum.RegisterAsync(id, new RegistrationRequest(name, $"deelnemer{i + 1}@example.org", organisations[i % organisations.Length], picks), ct);
        }
    }

    private static async Task SeedCallAsync(WijkwerfDb db, CancellationToken ct)
    {
        if (await db.Calls.AnyAsync(c => c.Title == CallTitle, ct)) return;
        var districts = await PilotDistrictsAsync(db, ct);
        if (districts.Count == 0) return;
        // The seed's call ran to Friday 13 July 2018; applications are entered as they were, before closing.
        var clock = new FixedClock(new DateTimeOffset(2018, 7, 2, 10, 0, 0, TimeSpan.Zero));
        var calls = new CallService(db, NoMail.Instance, clock);
        var id = await calls.CreateAsync(new NewCall(CallTitle,
            "Platform31 en Nyenrode Business Universiteit zoeken twaalf wijken om een integrale verduurzamingsaanpak voor kwetsbare wijken te ontwikkelen: milieutechnisch én sociaal. Zowel gemeenten als woningcorporaties kunnen deelnemen.",
            new DateTime(2018, 5, 15, 9, 0, 0), new DateTime(2018, 7, 13, 23, 59, 59), 12,
            [
                new("Integratie van sociale en technische opgave", 37.5, "Social and technical integration"),
                new("Betrokkenheid en eigenaarschap van bewoners", 25, "Resident involvement and ownership"),
                new("Kwetsbaarheid van de wijk", 25, "Vulnerability of the district"),
                new("Lerend vermogen en partners", 12.5, "Learning capacity and partners"),
            ],
            EligibleCountry: null, EligibleApplicantTypes: "municipality,housing-association", MinPartners: 1, TitleEn: "Sustainable vulnerable districts"), ct);
        var applications = new List<int>();
        foreach (var (code, name, _) in districts.Take(6))
        {
            var housing = applications.Count % 3 == 2;
            var form = new ApplicationForm(code, housing ? "Woonstichting Vidomes" : name.Contains("Wechelderzande") ? "Gemeente Lille" : "Gemeente Leidschendam-Voorburg",
                "Contactpersoon " + name, $"aanvraag-{code.ToLowerInvariant()}@example.org", housing ? "housing-association" : "municipality",
                "Wijkteam\nEnergiecoöperatie", $"{name}: de energietransitie als hefboom voor leefbaarheid.", "Armoede, schulden en eenzaamheid bij een deel van de bewoners.",
                "Naoorlogse woningen met lage energielabels; aardgas voor verwarming.");
            applications.Add((await calls.SubmitAsync((await calls.SaveDraftAsync(id, form, ct)).Id, ct)).Id);
        }
        var a = await calls.AddReviewerAsync(id, "Beoordelaar Nyenrode", "beoordelaar@nyenrode.example", "Nyenrode Business Universiteit", null, ct);
        var b = await calls.AddReviewerAsync(id, "Beoordelaar Platform31", "beoordelaar@platform31.example", "Platform31", null, ct);
        var criteria = await db.CallCriteria.Where(c => c.CallId == id).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        for (var i = 0; i < applications.Count; i++)
        {
            foreach (var reviewer in new[] { a, b })
            {
                await calls.AssignAsync(applications[i], reviewer, ct);
                for (var c = 0; c < criteria.Count; c++)
                    await calls.ScoreAsync(applications[i], reviewer, criteria[c], 4 + (i * 3 + c * 2 + reviewer) % 7, null, ct);
            }
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>The seed sends no mail.</summary>
    private sealed class NoMail : IMailer
    {
        public static readonly NoMail Instance = new();
        public Task SendAsync(MailMessageText message, CancellationToken ct = default) => Task.CompletedTask;
    }
}

/// <summary>Forum registrations and call applications are personal data: export and erase per person (by the
/// account's id or e-mail). Erasing anonymises the rows so attendance and application counts stay right.</summary>
public sealed class OperationsPersonalData(WijkwerfDb db) : IPersonalData
{
    public string Module => "operations";

    public async Task<object?> ExportAsync(string userId, CancellationToken ct)
    {
        var email = await EmailAsync(userId, ct);
        var registrations = await db.ForumRegistrations.AsNoTracking().Where(r => r.UserId == userId || (email != null && r.Email == email))
            .Select(r => new { r.EventId, r.Name, r.Email, r.Organisation, r.Code, Status = r.Status.ToString(), r.CreatedAtUtc, r.CheckedInAtUtc }).ToListAsync(ct);
        var applications = await db.CallApplications.AsNoTracking().Where(a => a.UserId == userId || (email != null && a.ContactEmail == email))
            .Select(a => new { a.CallId, a.DistrictCode, a.ContactName, a.ContactEmail, a.Organisation, Status = a.Status.ToString() }).ToListAsync(ct);
        return registrations.Count + applications.Count == 0 ? null : new { registrations, applications };
    }

    public async Task<int> EraseAsync(string userId, CancellationToken ct)
    {
        var email = await EmailAsync(userId, ct);
        var registrations = await db.ForumRegistrations.Where(r => r.UserId == userId || (email != null && r.Email == email)).ToListAsync(ct);
        foreach (var r in registrations)
        {
            r.Name = "(gewist)";
            r.Email = $"erased-{r.Id}@invalid";
            r.Organisation = null;
            r.UserId = null;
        }
        var applications = await db.CallApplications.Where(a => a.UserId == userId || (email != null && a.ContactEmail == email)).ToListAsync(ct);
        foreach (var a in applications)
        {
            a.ContactName = "(gewist)";
            a.ContactEmail = $"erased-{a.Id}@invalid";
            a.UserId = null;
        }
        await db.SaveChangesAsync(ct);
        return registrations.Count + applications.Count;
    }

    private async Task<string?> EmailAsync(string userId, CancellationToken ct) =>
        (await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(ct))?.ToLowerInvariant();
}
