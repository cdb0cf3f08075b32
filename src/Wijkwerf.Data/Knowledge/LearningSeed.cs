using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Knowledge.Harvest;
using Wijkwerf.Data.Knowledge.Workbook;
using Wijkwerf.Data.Modules;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Learning;
using Wijkwerf.Domain.Places;

namespace Wijkwerf.Data.Knowledge;

/// <summary>The real platform content of seeds 000–002: the three work programmes with their questions (Dutch as
/// published; the English is ours), the harvest session of 8 March 2023 with the questions of the seeds as its items,
/// clustered into work points, the pioneer municipalities as cases (each on a real Statbel wijk), and a first workbook.
/// Idempotent: each part is added only when missing.</summary>
public sealed class LearningSeed : IDemoSeed
{
    public string Module => "learning";
    public int Order => 50;

    public static readonly string[] PioneerMunicipalities = ["Mechelen", "Turnhout", "Mortsel", "Gent", "Leuven", "Brugge", "Beringen", "Temse", "Zoersel"];

    public sealed record SeedQuestion(string Nl, string En, string Werven);
    public sealed record SeedProgramme(int Number, string Title, string TitleEn, string Goal, string GoalEn, SeedQuestion[] Questions);

    public static readonly SeedProgramme[] Programmes =
    [
        new(1, "Parel van het warmtenet", "Pearl of the heat network",
            "Testen of een hele wijk tegelijk kan omschakelen op fossielvrije warmte. De aanleg van de energie-infrastructuur kan daarbij als hefboom dienen voor de collectieve renovatie van de (individuele) woningen.",
            "Test whether a whole district can switch to fossil-free heat at once, using the construction of the energy infrastructure as a lever for the collective renovation of the (individual) homes.",
        [
            new("Van wie is het net en hoe wordt het gefinancierd?", "Who owns the network and how is it financed?", "warmte"),
            new("Binnen welke juridische structuur kunnen publieke, private en civiele gronden, investeringen en capaciteit worden gebundeld?", "Within which legal structure can public, private and civic land, investments and capacity be pooled?", "warmte"),
            new("Welke strategieën werken om stapsgewijs of in één keer groepen woningen aan te sluiten op het warmtenet?", "Which strategies work to connect groups of homes to the heat network step by step or all at once?", "warmte"),
            new("Hoe stem je de timing van het warmtenet af op die van andere werven, zoals ontharding en mobiliteit?", "How do you align the timing of the heat network with other works, such as unsealing and mobility?", "warmte,ontharding"),
        ]),
        new(2, "Iedereen mee!", "Everyone on board!",
            "Een publiek-privaat-civiel samenwerkingsmodel testen rond de integrale ontzorging van diverse groepen bewoners en gebruikers in de wijk, in functie van de diepgaande transformatie van hun woningen, tuinen en straten.",
            "Test a public-private-civic partnership for relieving diverse groups of residents and users in the district of every burden, for the deep transformation of their homes, gardens and streets.",
        [
            new("Kunnen gemeentes een ontzorgingspakket 2.0 ontwikkelen waarbij renovatieadvies, het aansluiten op hernieuwbare energie, een lening en een poel van kwalitatieve architecten en aannemers via één contactpunt wordt aangeboden?", "Can municipalities develop a relief package 2.0 offering renovation advice, connection to renewable energy, a loan and a pool of qualified architects and contractors through one contact point?", "renovatie"),
            new("Welke activatiestrategieën bereiken effectief alle bewoners in een wijk?", "Which activation strategies effectively reach all residents of a district?", "renovatie,participatie"),
            new("Kunnen klimaattafels worden ingezet om bewoners te activeren, en hoe dan?", "Can climate tables be used to activate residents, and how?", "renovatie,participatie"),
            new("Hoe moet regelgeving worden aangepast, bijvoorbeeld om collectieve vergunningen voor renovatie makkelijker te laten verlopen?", "How should regulation change, for example to make collective permits for renovation easier?", "renovatie"),
        ]),
        new(3, "Straten naar de toekomst", "Streets to the future",
            "Synergie zoeken tussen een proactief mobiliteitsbeleid, met focus op elektrische (deel)mobiliteit, buurtparkings of dubbel gebruik van bestaande private parkings, en de klimaatadaptatie van straten en pleinen.",
            "Find the synergy between a proactive mobility policy — electric (shared) mobility, neighbourhood car parks or double use of existing private car parks — and the climate adaptation of streets and squares.",
        [
            new("Welke afspraken kunnen gemaakt worden met scholen of supermarkten om onderbenutte parkings als buurtparking te gebruiken?", "Which agreements can be made with schools or supermarkets to use under-used car parks as neighbourhood car parks?", "mobiliteit"),
            new("Moeten er convenanten met nutsbeheerders worden vastgelegd om een stapsgewijze vergroening en ontharding te koppelen aan geplande investeringen in de publieke ruimte?", "Should covenants with utilities couple stepwise greening and unsealing to planned investments in the public space?", "groen,ontharding"),
            new("Welke ontwerpoplossingen zijn mogelijk om plaats te maken voor boomwortels, warmtenetten en gescheiden rioolnetten in onze ondergrond?", "Which designs make room below ground for tree roots, heat networks and separated sewers?", "groen,water,warmte"),
        ]),
    ];

    /// <summary>The platform's own questions (seed 001), brought to the harvest session next to the programme questions.</summary>
    public static readonly SeedQuestion[] PlatformQuestions =
    [
        new("Hoe werken we vanuit verschillende doelen en beleidsdomeinen samen aan de herinrichting van het openbaar domein, boven- en ondergronds?", "", "groen,water,mobiliteit"),
        new("Hoe kunnen we collectieve renovatie van wijken financieren, en wat is daarbij de rol van lokale besturen?", "", "renovatie"),
        new("Hoe maken we in deze processen ruimte voor een actievere, bredere en diepgaandere participatie van bewoners?", "", "participatie"),
        new("Hoe kunnen we doelen rond vergroening, hernieuwbare energie, renovatie, gedeelde mobiliteit en water efficiënt en snel realiseren in één straat, wijk of dorpskern?", "", "groen,water,mobiliteit,renovatie"),
        new("Wat is er nodig om de stap te zetten van aparte acties en maatregelen naar een meer geïntegreerde, collectieve aanpak?", "", ""),
    ];

    public const string SessionTitle = "Oogstsessie LEKP 8 maart 2023";

    public async Task SeedAsync(WijkwerfDb db, CancellationToken ct)
    {
        await SeedProgrammesAsync(db, ct);
        await SeedHarvestAsync(db, ct);
        await SeedCasesAsync(db, ct);
        await SeedWorkbookAsync(db, ct);
    }

    internal static async Task SeedProgrammesAsync(WijkwerfDb db, CancellationToken ct)
    {
        foreach (var p in Programmes)
        {
            if (await db.WorkProgrammes.AnyAsync(x => x.Number == p.Number, ct)) continue;
            var programme = new WorkProgramme { Number = p.Number, Title = p.Title, TitleEn = p.TitleEn, Goal = p.Goal, GoalEn = p.GoalEn, Owner = "100 Wijken Platform" };
            db.WorkProgrammes.Add(programme);
            await db.SaveChangesAsync(ct);
            db.ProgrammeQuestions.AddRange(p.Questions.Select((q, i) => new ProgrammeQuestion { ProgrammeId = programme.Id, Order = i + 1, Text = q.Nl, TextEn = q.En }));
            await db.SaveChangesAsync(ct);
        }
    }

    internal static async Task SeedHarvestAsync(WijkwerfDb db, CancellationToken ct)
    {
        if (await db.HarvestSessions.AnyAsync(s => s.Title == SessionTitle, ct)) return;
        var harvest = new HarvestService(db);
        var session = await harvest.OpenAsync(SessionTitle, "LEKP harvest session 8 March 2023", new DateOnly(2023, 3, 8), "seed", ct);
        var origin = new Dictionary<int, int>();
        foreach (var p in Programmes)
            foreach (var q in p.Questions)
                origin[(await harvest.SubmitAsync(session.Id, new HarvestSubmission(q.Nl, HarvestItemKind.Need, "nl", Split(q.Werven), "100 Wijken Platform (werkprogramma)"), "seed", ct)).Id] = p.Number;
        foreach (var q in PlatformQuestions)
            await harvest.SubmitAsync(session.Id, new HarvestSubmission(q.Nl, HarvestItemKind.Need, "nl", Split(q.Werven), "100 Wijken Platform"), "seed", ct);
        await harvest.CloseAsync(session.Id, ct);
        await harvest.AdoptSuggestionsAsync(session.Id, ct);
        // Each work point goes to the programme most of its items came from (none when no item came from one).
        var numbers = await db.WorkProgrammes.ToDictionaryAsync(p => p.Number, p => p.Id, ct);
        var view = await harvest.SessionAsync(session.Id, ct);
        foreach (var point in view.WorkPoints)
        {
            var best = point.Items.Where(i => origin.ContainsKey(i.Id)).GroupBy(i => origin[i.Id]).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault();
            if (best is not null) await harvest.UpdateAsync(point.Id, null, null, numbers[best.Key], false, ct);
        }
    }

    internal static async Task SeedCasesAsync(WijkwerfDb db, CancellationToken ct)
    {
        foreach (var name in PioneerMunicipalities)
        {
            var municipality = await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Name == name && m.Country == Country.BE, ct);
            if (municipality is null || await db.Cases.AnyAsync(c => c.MunicipalityId == municipality.Id && c.Origin == "seed", ct)) continue;
            var district = await db.Districts.AsNoTracking().Where(d => d.MunicipalityId == municipality.Id).OrderBy(d => d.Code).Select(d => new { d.Code, d.Name }).FirstOrDefaultAsync(ct);
            db.Cases.Add(new Case
            {
                Title = district is null ? name : $"{name}: {district.Name}",
                MunicipalityId = municipality.Id,
                DistrictCode = district?.Code,
                Summary = "Pioniersgemeente van het 100 Wijken Platform: integrale wijkaanpak in de diepte getest, met begeleiding en intervisie.",
                SummaryEn = "Pioneer municipality of the 100 Districts Platform: an integrated district approach tested in depth, with guidance and peer review.",
                Origin = "seed",
                CreatedAt = DateTimeOffset.UtcNow,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    internal static async Task SeedWorkbookAsync(WijkwerfDb db, CancellationToken ct)
    {
        if (await db.WorkbookChapters.AnyAsync(ct)) return;
        var workbook = new WorkbookService(db);
        var intro = await workbook.AddChapterAsync("Werken op wijkniveau", "Working at district level", null, null, ct);
        await workbook.AddSectionAsync(intro.Id, "Waarom een wijkaanpak", "Why a district approach",
            "Het 100 WIJKEN PLATFORM focust op concrete, vaak terugkerende uitdagingen waar lokale besturen die het Lokaal Energie- en Klimaat Pact (LEKP) ondertekend hebben op botsen bij de implementatie van klimaatprojecten in straten en wijken.\n\n" +
            "Dat doet het op wijkniveau, zodat we kunnen ontdekken en testen hoe we de verschillende ambities en maatregelen op elkaar afstemmen, en hoe we maximaal aantakken op lokale dynamiek en sociaal weefsel.\n",
            "The 100 DISTRICTS PLATFORM focuses on concrete, often recurring challenges that local governments who signed the Local Energy and Climate Pact (LEKP) encounter when implementing climate projects in streets and neighbourhoods.\n\n" +
            "It does so at a district level, to discover and test how the various ambitions and measures can be aligned, and how to connect with local dynamics and social fabric.\n",
            "seed", ct);
        var programmes = await db.WorkProgrammes.AsNoTracking().OrderBy(p => p.Number).ToListAsync(ct);
        foreach (var p in programmes)
        {
            var seed = Programmes.First(s => s.Number == p.Number);
            var chapter = await workbook.AddChapterAsync($"Werkprogramma {p.Number}: {p.Title}", $"Work programme {p.Number}: {p.TitleEn}", null, p.Id, ct);
            await workbook.AddSectionAsync(chapter.Id, "Doel en vragen", "Goal and questions",
                $"{seed.Goal}\n\n" + string.Concat(seed.Questions.Select(q => $"- {q.Nl}\n")),
                $"{seed.GoalEn}\n\n" + string.Concat(seed.Questions.Select(q => $"- {q.En}\n")),
                "seed", ct);
        }
    }

    private static string[] Split(string werven) => werven.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
