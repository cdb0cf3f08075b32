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

    public string NotificationsTitle { get; init; } = "";
    public string Unread { get; init; } = "";
    public string MarkRead { get; init; } = "";
    public string MarkAllRead { get; init; } = "";
    public string NoNotifications { get; init; } = "";
    public string NotificationSettings { get; init; } = "";
    public string Follow { get; init; } = "";
    public string Unfollow { get; init; } = "";
    public string Following { get; init; } = "";
    public string NothingFollowed { get; init; } = "";
    public string DigestHeading { get; init; } = "";
    public string DigestLabel { get; init; } = "";
    public string DigestLanguage { get; init; } = "";
    public string FollowMore { get; init; } = "";
    public string FollowWerf { get; init; } = "";
    public string FollowMunicipality { get; init; } = "";
    public string FollowWorkbook { get; init; } = "";
    public string LoginForNotifications { get; init; } = "";
    public string Saved { get; init; } = "";
    public string HitToo { get; init; } = "";
    public string HitTooBy { get; init; } = "";
    public string HitTooOwn { get; init; } = "";
    public string Comments { get; init; } = "";
    public string NoComments { get; init; } = "";
    public string CommentLabel { get; init; } = "";
    public string ReplyLabel { get; init; } = "";
    public string PostComment { get; init; } = "";
    public string Reply { get; init; } = "";
    public string Report { get; init; } = "";
    public string ReportReason { get; init; } = "";
    public string Reported { get; init; } = "";
    public string Attachments { get; init; } = "";
    public string HiddenNotice { get; init; } = "";
    public string By { get; init; } = "";
    public string Details { get; init; } = "";
    public string LoginToTakePart { get; init; } = "";
    public string ModerationTitle { get; init; } = "";
    public string ModerationIntro { get; init; } = "";
    public string Reports { get; init; } = "";
    public string Hide { get; init; } = "";
    public string Restore { get; init; } = "";
    public string Reason { get; init; } = "";
    public string HiddenState { get; init; } = "";
    public string VisibleState { get; init; } = "";
    public string QueueEmpty { get; init; } = "";
    public string OwnContent { get; init; } = "";
    public string ReportReasons { get; init; } = "";
    public string CommentKind { get; init; } = "";
    public string DrempelKindLabel { get; init; } = "";
    public string CaseTeam { get; init; } = "";
    public string NoTeam { get; init; } = "";
    public string Guidance { get; init; } = "";
    public string NoGuidance { get; init; } = "";
    public string AddGuidance { get; init; } = "";
    public string Minutes { get; init; } = "";
    public string LinkedDistrict { get; init; } = "";
    public string CaseReviews { get; init; } = "";
    public string Round { get; init; } = "";
    public string Breakthroughs { get; init; } = "";
    public string NoBreakthroughs { get; init; } = "";
    public string DevelopmentTeam { get; init; } = "";
    public string AddBreakthrough { get; init; } = "";
    public string BreakthroughTitle { get; init; } = "";
    public string Weight { get; init; } = "";
    public string Deliverable { get; init; } = "";
    public string DueOn { get; init; } = "";
    public string Validated { get; init; } = "";
    public string Owner { get; init; } = "";
    public string AddMember { get; init; } = "";
    public string MemberName { get; init; } = "";
    public string UpdateProgress { get; init; } = "";
    public string ProgressPercent { get; init; } = "";
    public string AddCaseMember { get; init; } = "";
    public string MemberEmail { get; init; } = "";
    public string MemberRole { get; init; } = "";

    /// <summary>A kind of drempel as people say it.</summary>
    public string KindName(Wijkwerf.Domain.Learning.DrempelKind kind) => this == En
        ? kind switch { Wijkwerf.Domain.Learning.DrempelKind.Barrier => "barrier", Wijkwerf.Domain.Learning.DrempelKind.Lesson => "lesson", Wijkwerf.Domain.Learning.DrempelKind.Question => "question", _ => "good practice" }
        : kind switch { Wijkwerf.Domain.Learning.DrempelKind.Barrier => "drempel", Wijkwerf.Domain.Learning.DrempelKind.Lesson => "les", Wijkwerf.Domain.Learning.DrempelKind.Question => "vraag", _ => "goede praktijk" };

    /// <summary>What a follow is of, as a label.</summary>
    public string TargetName(Wijkwerf.Domain.Learning.FollowTarget target) => (target, this == En) switch
    {
        (Wijkwerf.Domain.Learning.FollowTarget.Drempel, _) => "Drempel",
        (Wijkwerf.Domain.Learning.FollowTarget.WorkPoint, false) => "Werkpunt",
        (Wijkwerf.Domain.Learning.FollowTarget.WorkPoint, true) => "Work point",
        (Wijkwerf.Domain.Learning.FollowTarget.Programme, false) => "Werkprogramma",
        (Wijkwerf.Domain.Learning.FollowTarget.Programme, true) => "Work programme",
        (Wijkwerf.Domain.Learning.FollowTarget.Case, _) => "Case",
        (Wijkwerf.Domain.Learning.FollowTarget.Werf, _) => "Werf",
        (Wijkwerf.Domain.Learning.FollowTarget.Municipality, false) => "Gemeente",
        (Wijkwerf.Domain.Learning.FollowTarget.Municipality, true) => "Municipality",
        (_, false) => "Werkboek",
        (_, true) => "Workbook",
    };

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
        NotificationsTitle = "Meldingen",
        Unread = "ongelezen",
        MarkRead = "Gelezen",
        MarkAllRead = "Alles gelezen",
        NoNotifications = "Geen meldingen.",
        NotificationSettings = "Wat je volgt en je e-mail",
        Follow = "Volgen",
        Unfollow = "Niet meer volgen",
        Following = "Wat je volgt",
        NothingFollowed = "Je volgt nog niets. Volg een drempel, werkpunt, werkprogramma of case met de knop Volgen op die pagina, of hieronder een werf, je gemeente of het werkboek.",
        DigestHeading = "Dagelijkse e-mail",
        DigestLabel = "Stuur me elke dag een e-mail met mijn nieuwe meldingen",
        DigestLanguage = "Taal van de e-mail",
        FollowMore = "Meer volgen",
        FollowWerf = "Werf",
        FollowMunicipality = "Mijn gemeente volgen",
        FollowWorkbook = "Het werkboek volgen (nieuwe edities)",
        LoginForNotifications = "Meld je aan om meldingen te zien en te kiezen wat je volgt.",
        Saved = "Bewaard.",
        HitToo = "Wij kwamen dit ook tegen",
        HitTooBy = "Ook tegengekomen door",
        HitTooOwn = "Alleen medewerkers van een andere gemeente kunnen aangeven dat ze dit ook tegenkwamen.",
        Comments = "Reacties",
        NoComments = "Nog geen reacties.",
        CommentLabel = "Je reactie (Markdown)",
        ReplyLabel = "Je antwoord (Markdown)",
        PostComment = "Reageren",
        Reply = "Antwoorden",
        Report = "Melden",
        ReportReason = "Waarom meld je dit?",
        Reported = "Gemeld. Dank je; na drie meldingen verbergen we het tot een moderator kijkt.",
        Attachments = "Bijlagen",
        HiddenNotice = "Verborgen na meldingen of door een moderator; alleen moderatoren zien dit.",
        By = "door",
        Details = "Gegevens",
        LoginToTakePart = "Meld je aan om te reageren, te melden of te volgen.",
        ModerationTitle = "Moderatie",
        ModerationIntro = "Gemelde en automatisch verborgen bijdragen. Verberg of zet terug met een reden; je modereert nooit je eigen bijdrage.",
        Reports = "meldingen",
        Hide = "Verbergen",
        Restore = "Terugzetten",
        Reason = "Reden",
        HiddenState = "verborgen",
        VisibleState = "zichtbaar",
        QueueEmpty = "Niets te modereren.",
        OwnContent = "Jouw bijdrage: een andere moderator beslist.",
        ReportReasons = "Redenen van wie meldde",
        CommentKind = "reactie",
        DrempelKindLabel = "drempel",
        CaseTeam = "Caseteam",
        NoTeam = "Nog geen teamleden.",
        Guidance = "Begeleidingssessies",
        NoGuidance = "Nog geen verslagen.",
        AddGuidance = "Verslag van een begeleidingssessie toevoegen",
        Minutes = "Verslag (Markdown)",
        LinkedDistrict = "Wijk in Wijkwerf",
        CaseReviews = "Reviews uit intervisierondes",
        Round = "Ronde",
        Breakthroughs = "Doorbraken",
        NoBreakthroughs = "Nog geen doorbraken.",
        DevelopmentTeam = "Ontwikkelteam",
        AddBreakthrough = "Doorbraak toevoegen",
        BreakthroughTitle = "Titel van de doorbraak",
        Weight = "Gewicht",
        Deliverable = "Resultaat",
        DueOn = "Mijlpaal",
        Validated = "gevalideerd",
        Owner = "trekker",
        AddMember = "Lid van het ontwikkelteam toevoegen",
        MemberName = "Naam (gemeente, expert, organisatie)",
        UpdateProgress = "Voortgang bijwerken",
        ProgressPercent = "Voortgang (%)",
        AddCaseMember = "Lid van het caseteam toevoegen",
        MemberEmail = "E-mailadres",
        MemberRole = "Rol in het team",
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
        NotificationsTitle = "Notifications",
        Unread = "unread",
        MarkRead = "Mark read",
        MarkAllRead = "Mark all read",
        NoNotifications = "No notifications.",
        NotificationSettings = "What you follow and your e-mail",
        Follow = "Follow",
        Unfollow = "Unfollow",
        Following = "What you follow",
        NothingFollowed = "You follow nothing yet. Follow a drempel, work point, programme or case with the Follow button on its page, or below a werf, your municipality or the workbook.",
        DigestHeading = "Daily e-mail",
        DigestLabel = "Send me a daily e-mail with my new notifications",
        DigestLanguage = "Language of the e-mail",
        FollowMore = "Follow more",
        FollowWerf = "Werf",
        FollowMunicipality = "Follow my municipality",
        FollowWorkbook = "Follow the workbook (new editions)",
        LoginForNotifications = "Log in to see notifications and choose what you follow.",
        Saved = "Saved.",
        HitToo = "We hit this too",
        HitTooBy = "Also hit by",
        HitTooOwn = "Only staff of another municipality can say they hit this too.",
        Comments = "Comments",
        NoComments = "No comments yet.",
        CommentLabel = "Your comment (Markdown)",
        ReplyLabel = "Your reply (Markdown)",
        PostComment = "Post comment",
        Reply = "Reply",
        Report = "Report",
        ReportReason = "Why do you report this?",
        Reported = "Reported. Thank you; after three reports it is hidden until a moderator looks.",
        Attachments = "Attachments",
        HiddenNotice = "Hidden after reports or by a moderator; only moderators see this.",
        By = "by",
        Details = "Details",
        LoginToTakePart = "Log in to comment, report or follow.",
        ModerationTitle = "Moderation",
        ModerationIntro = "Reported and automatically hidden contributions. Hide or restore with a reason; you never moderate your own contribution.",
        Reports = "reports",
        Hide = "Hide",
        Restore = "Restore",
        Reason = "Reason",
        HiddenState = "hidden",
        VisibleState = "visible",
        QueueEmpty = "Nothing to moderate.",
        OwnContent = "Your own contribution: another moderator decides.",
        ReportReasons = "Reasons given by reporters",
        CommentKind = "comment",
        DrempelKindLabel = "drempel",
        CaseTeam = "Case team",
        NoTeam = "No team members yet.",
        Guidance = "Guidance sessions",
        NoGuidance = "No minutes yet.",
        AddGuidance = "Add minutes of a guidance session",
        Minutes = "Minutes (Markdown)",
        LinkedDistrict = "District in Wijkwerf",
        CaseReviews = "Reviews from peer review rounds",
        Round = "Round",
        Breakthroughs = "Breakthroughs",
        NoBreakthroughs = "No breakthroughs yet.",
        DevelopmentTeam = "Development team",
        AddBreakthrough = "Add a breakthrough",
        BreakthroughTitle = "Breakthrough title",
        Weight = "Weight",
        Deliverable = "Deliverable",
        DueOn = "Milestone",
        Validated = "validated",
        Owner = "owner",
        AddMember = "Add a development team member",
        MemberName = "Name (municipality, expert, organisation)",
        UpdateProgress = "Update progress",
        ProgressPercent = "Progress (%)",
        AddCaseMember = "Add a case team member",
        MemberEmail = "E-mail address",
        MemberRole = "Role in the team",
    };
}
