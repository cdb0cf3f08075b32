namespace Wijkwerf.Web.Features.Learning;

/// <summary>The learning pages' strings, once per language (kept beside the feature so other features' strings never collide).</summary>
public sealed record LearningTexts
{
    public required string Nav { get; init; }
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string Programmes { get; init; }
    public required string Questions { get; init; }
    public required string WorkPoints { get; init; }
    public required string Progress { get; init; }
    public required string NoWorkPoints { get; init; }
    public required string Cases { get; init; }
    public required string Case { get; init; }
    public required string Municipality { get; init; }
    public required string District { get; init; }
    public required string NotTranslated { get; init; }
    public required string Refused { get; init; }

    public required string HarvestTitle { get; init; }
    public required string HarvestIntro { get; init; }
    public required string Sessions { get; init; }
    public required string Open { get; init; }
    public required string Closed { get; init; }
    public required string Items { get; init; }
    public required string OpenSession { get; init; }
    public required string SessionTitle { get; init; }
    public required string HeldOn { get; init; }
    public required string Submit { get; init; }
    public required string SubmitHeading { get; init; }
    public required string NeedText { get; init; }
    public required string Kind { get; init; }
    public required string Need { get; init; }
    public required string Opportunity { get; init; }
    public required string Language { get; init; }
    public required string Werven { get; init; }
    public required string Organisation { get; init; }
    public required string LoginToSubmit { get; init; }
    public required string SessionClosed { get; init; }
    public string SearchTitle { get; init; } = "";
    public string SearchQueryLabel { get; init; } = "";
    public string SearchButton { get; init; } = "";
    public string SearchResults { get; init; } = "";
    public string SearchNone { get; init; } = "";
    public string SearchFacets { get; init; } = "";
    public string SearchAll { get; init; } = "";
    public string DrempelsTitle { get; init; } = "";
    public string DrempelShare { get; init; } = "";
    public string DrempelTitleLabel { get; init; } = "";
    public string DrempelTextLabel { get; init; } = "";
    public string DrempelWervenLabel { get; init; } = "";
    public string DrempelMarks { get; init; } = "";
    public string DrempelLogin { get; init; } = "";
    public string Filter { get; init; } = "";
    public required string CloseSession { get; init; }
    public required string Suggestions { get; init; }
    public required string SuggestionsIntro { get; init; }
    public required string BoundBy { get; init; }
    public required string Cohesion { get; init; }
    public required string Alone { get; init; }
    public required string Adopt { get; init; }
    public required string Rename { get; init; }
    public required string Programme { get; init; }
    public required string NoProgramme { get; init; }
    public required string Save { get; init; }
    public required string Merge { get; init; }
    public required string MergeTitle { get; init; }
    public required string Select { get; init; }

    public required string ReviewTitle { get; init; }
    public required string ReviewIntro { get; init; }
    public required string Rounds { get; init; }
    public required string OpenRound { get; init; }
    public required string RoundTitle { get; init; }
    public required string Themes { get; init; }
    public required string PeersPerCase { get; init; }
    public required string Reviewers { get; init; }
    public required string Expert { get; init; }
    public required string Peer { get; init; }
    public required string Submitted { get; init; }
    public required string Pending { get; init; }
    public required string Reviews { get; init; }
    public required string NoReviews { get; init; }
    public required string WhatWorks { get; init; }
    public required string WhatToTry { get; init; }
    public required string ReviewQuestions { get; init; }
    public required string Scores { get; init; }
    public required string YourReview { get; init; }
    public required string SendReview { get; init; }
    public required string Answer { get; init; }
    public required string SendAnswer { get; init; }

    public required string WorkbookTitle { get; init; }
    public required string WorkbookIntro { get; init; }
    public required string Version { get; init; }
    public required string Edit { get; init; }
    public required string TextNl { get; init; }
    public required string TextEn { get; init; }
    public required string Note { get; init; }
    public required string History { get; init; }
    public required string Compare { get; init; }
    public required string Differences { get; init; }
    public required string Publish { get; init; }
    public required string EditionTitle { get; init; }
    public required string Editions { get; init; }
    public required string Draft { get; init; }
    public required string Download { get; init; }

    public static LearningTexts For(string code) => code == "en" ? En : Nl;

    public static readonly LearningTexts Nl = new()
    {
        Nav = "Leren", Title = "Leren in het netwerk",
        Intro = "Het 100 Wijken Platform haalt drempels en lessen op, bundelt terugkerende noden in werkpunten en werkprogramma's, volgt cases in de diepte met intervisie en giet wat we leren in een dynamisch werkboek.",
        Programmes = "Werkprogramma's", Questions = "Vragen", WorkPoints = "Werkpunten", Progress = "Voortgang", NoWorkPoints = "Nog geen werkpunten.",
        Cases = "Cases", Case = "Case", Municipality = "Gemeente", District = "Wijk", NotTranslated = "niet vertaald", Refused = "Geweigerd",
        HarvestTitle = "Oogstsessies", HarvestIntro = "Gemeenten en partners brengen noden en kansen in; het platformteam bundelt ze in werkpunten.",
        Sessions = "Sessies", Open = "open", Closed = "gesloten", Items = "bijdragen", OpenSession = "Sessie openen", SessionTitle = "Titel", HeldOn = "Datum",
        Submit = "Insturen", SubmitHeading = "Een nood of kans insturen", NeedText = "Nood of kans", Kind = "Soort", Need = "nood", Opportunity = "kans",
        Language = "Taal", Werven = "Werven", Organisation = "Gemeente of organisatie", LoginToSubmit = "Meld je aan om een nood of kans in te sturen.",
        SessionClosed = "Deze sessie is gesloten.", CloseSession = "Sessie sluiten",
        Suggestions = "Voorgestelde clusters", SuggestionsIntro = "Wijkwerf groepeert de bijdragen op gedeelde (gestamde) woorden en werven; de woorden die ze binden staan erbij.",
        BoundBy = "Gebonden door", Cohesion = "samenhang", Alone = "staat alleen", Adopt = "Clusters overnemen als werkpunten",
        Rename = "Naam", Programme = "Werkprogramma", NoProgramme = "(geen)", Save = "Bewaren", Merge = "Samenvoegen", MergeTitle = "Naam van het samengevoegde werkpunt", Select = "kies",
        ReviewTitle = "Intervisie", ReviewIntro = "Elke case krijgt reviewers uit andere cases en minstens één expert; het eigen team reviewt nooit de eigen case.",
        Rounds = "Rondes", OpenRound = "Ronde openen", RoundTitle = "Titel van de ronde", Themes = "Thema's (komma's ertussen)", PeersPerCase = "Reviewers uit andere cases per case",
        Reviewers = "Reviewers", Expert = "expert", Peer = "peer", Submitted = "ingediend", Pending = "nog niet ingediend", Reviews = "Reviews", NoReviews = "Nog geen reviews.",
        WhatWorks = "Wat werkt", WhatToTry = "Wat proberen", ReviewQuestions = "Vragen", Scores = "Scores (1–5)", YourReview = "Jouw review", SendReview = "Review indienen",
        Answer = "Antwoord van het caseteam", SendAnswer = "Antwoorden",
        WorkbookTitle = "Werkboek", WorkbookIntro = "Het dynamische werkboek: elke sectie is een Markdown-document met versies. Een gepubliceerde editie ligt vast.",
        Version = "versie", Edit = "Bewerken", TextNl = "Tekst (Nederlands, Markdown)", TextEn = "Tekst (Engels, Markdown)", Note = "Wat veranderde", History = "Geschiedenis",
        Compare = "Vergelijk met vorige", Differences = "Verschillen", Publish = "Editie publiceren", EditionTitle = "Titel van de editie", Editions = "Edities", Draft = "ontwerp", Download = "Downloaden",
        SearchTitle = "Zoeken", SearchQueryLabel = "Zoek in drempels, lessen, werkboek, werkprogramma's en cases", SearchButton = "Zoeken", SearchResults = "Resultaten", SearchNone = "Niets gevonden.", SearchFacets = "Verfijnen", SearchAll = "alle",
        DrempelsTitle = "Drempels en lessen", DrempelShare = "Deel een drempel of les", DrempelTitleLabel = "Titel", DrempelTextLabel = "Tekst (Markdown)", DrempelWervenLabel = "Werven (gescheiden door komma's)", DrempelMarks = "keer ook tegengekomen", DrempelLogin = "Meld je aan om een drempel of les te delen.", Filter = "Filteren",
    };

    public static readonly LearningTexts En = new()
    {
        Nav = "Learning", Title = "Learning in the network",
        Intro = "The 100 Districts Platform collects challenges and lessons, bundles recurring needs into work points and work programmes, follows cases in depth with peer review and pours what is learned into a living workbook.",
        Programmes = "Work programmes", Questions = "Questions", WorkPoints = "Work points", Progress = "Progress", NoWorkPoints = "No work points yet.",
        Cases = "Cases", Case = "Case", Municipality = "Municipality", District = "District", NotTranslated = "not translated", Refused = "Refused",
        HarvestTitle = "Harvest sessions", HarvestIntro = "Municipalities and partners bring needs and opportunities; the platform team bundles them into work points.",
        Sessions = "Sessions", Open = "open", Closed = "closed", Items = "contributions", OpenSession = "Open a session", SessionTitle = "Title", HeldOn = "Date",
        Submit = "Submit", SubmitHeading = "Submit a need or opportunity", NeedText = "Need or opportunity", Kind = "Kind", Need = "need", Opportunity = "opportunity",
        Language = "Language", Werven = "Werven", Organisation = "Municipality or organisation", LoginToSubmit = "Log in to submit a need or opportunity.",
        SessionClosed = "This session is closed.", CloseSession = "Close session",
        Suggestions = "Suggested clusters", SuggestionsIntro = "Wijkwerf groups the contributions by shared (stemmed) words and werven; the words that bind them are shown.",
        BoundBy = "Bound by", Cohesion = "cohesion", Alone = "stands alone", Adopt = "Adopt clusters as work points",
        Rename = "Name", Programme = "Work programme", NoProgramme = "(none)", Save = "Save", Merge = "Merge", MergeTitle = "Name of the merged work point", Select = "select",
        ReviewTitle = "Peer review", ReviewIntro = "Each case gets reviewers from other cases and at least one expert; a team never reviews its own case.",
        Rounds = "Rounds", OpenRound = "Open a round", RoundTitle = "Round title", Themes = "Themes (comma separated)", PeersPerCase = "Reviewers from other cases per case",
        Reviewers = "Reviewers", Expert = "expert", Peer = "peer", Submitted = "submitted", Pending = "not submitted yet", Reviews = "Reviews", NoReviews = "No reviews yet.",
        WhatWorks = "What works", WhatToTry = "What to try", ReviewQuestions = "Questions", Scores = "Scores (1–5)", YourReview = "Your review", SendReview = "Submit review",
        Answer = "Answer of the case team", SendAnswer = "Answer",
        WorkbookTitle = "Workbook", WorkbookIntro = "The living workbook: each section is a versioned Markdown document. A published edition is frozen.",
        Version = "version", Edit = "Edit", TextNl = "Text (Dutch, Markdown)", TextEn = "Text (English, Markdown)", Note = "What changed", History = "History",
        Compare = "Compare with previous", Differences = "Differences", Publish = "Publish edition", EditionTitle = "Edition title", Editions = "Editions", Draft = "draft", Download = "Download",
        SearchTitle = "Search", SearchQueryLabel = "Search drempels, lessons, workbook, programmes and cases", SearchButton = "Search", SearchResults = "Results", SearchNone = "Nothing found.", SearchFacets = "Narrow down", SearchAll = "all",
        DrempelsTitle = "Drempels and lessons", DrempelShare = "Share a drempel or lesson", DrempelTitleLabel = "Title", DrempelTextLabel = "Text (Markdown)", DrempelWervenLabel = "Werven (comma separated)", DrempelMarks = "times hit too", DrempelLogin = "Log in to share a drempel or lesson.", Filter = "Filter",
    };
}
