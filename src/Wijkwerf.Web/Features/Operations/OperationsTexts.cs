namespace Wijkwerf.Web.Features.Operations;

/// <summary>The operations pages' strings, once per language (kept out of the shared <c>Texts</c> so features do not
/// collide). A record with required members: a string missing in one language does not compile.</summary>
public sealed record OperationsTexts
{
    public required string Nav { get; init; }
    public required string HubTitle { get; init; }
    public required string HubIntro { get; init; }
    public required string ForumTitle { get; init; }
    public required string CallsTitle { get; init; }
    public required string LessonsTitle { get; init; }
    public required string LessonsIntro { get; init; }
    public required string OutcomesTitle { get; init; }
    public required string ResearchTitle { get; init; }
    public required string PilotDistricts { get; init; }
    public required string ColEvent { get; init; }
    public required string ColKind { get; init; }
    public required string ColWhen { get; init; }
    public required string ColVenue { get; init; }
    public required string ColRegistered { get; init; }
    public required string ColCapacity { get; init; }
    public required string ColWaiting { get; init; }
    public required string ColCheckedIn { get; init; }
    public required string ColTime { get; init; }
    public required string ColSession { get; init; }
    public required string ColRoom { get; init; }
    public required string ColSpeakers { get; init; }
    public required string ColLanguage { get; init; }
    public required string ColTags { get; init; }
    public required string ColPlacesLeft { get; init; }
    public required string ColStatus { get; init; }
    public required string Programme { get; init; }
    public required string NoEvents { get; init; }
    public required string Register { get; init; }
    public required string RegisterIntro { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }
    public required string Organisation { get; init; }
    public required string SessionsAt { get; init; }
    public required string NoSession { get; init; }
    public required string Full { get; init; }
    public required string CalendarLink { get; init; }
    public required string TicketTitle { get; init; }
    public required string YourCode { get; init; }
    public required string CodeHint { get; init; }
    public required string StatusConfirmed { get; init; }
    public required string StatusWaiting { get; init; }
    public required string StatusCancelled { get; init; }
    public required string YourSessions { get; init; }
    public required string MyCalendarLink { get; init; }
    public required string Cancel { get; init; }
    public required string CancelSession { get; init; }
    public required string CheckInTitle { get; init; }
    public required string CheckInCode { get; init; }
    public required string CheckInButton { get; init; }
    public required string CheckedIn { get; init; }
    public required string AlreadyCheckedIn { get; init; }
    public required string Team { get; init; }
    public required string AttendanceExport { get; init; }
    public required string BadgesExport { get; init; }
    public required string SendReminders { get; init; }
    public required string RemindersSent { get; init; }
    public required string ColCall { get; init; }
    public required string ColOpens { get; init; }
    public required string ColCloses { get; init; }
    public required string ColPlaces { get; init; }
    public required string ColSubmitted { get; init; }
    public required string NoCalls { get; init; }
    public required string Criteria { get; init; }
    public required string ColCriterion { get; init; }
    public required string ColWeight { get; init; }
    public required string Eligibility { get; init; }
    public required string ApplicantTypes { get; init; }
    public required string MinPartners { get; init; }
    public required string Scale { get; init; }
    public required string CountryOnly { get; init; }
    public required string State { get; init; }
    public required string ApplyTitle { get; init; }
    public required string ApplyLogin { get; init; }
    public required string District { get; init; }
    public required string ApplicantType { get; init; }
    public required string TypeMunicipality { get; init; }
    public required string TypeHousing { get; init; }
    public required string ContactName { get; init; }
    public required string Partners { get; init; }
    public required string Motivation { get; init; }
    public required string SocialProfile { get; init; }
    public required string TechnicalProfile { get; init; }
    public required string Attachment { get; init; }
    public required string SaveDraft { get; init; }
    public required string Submit { get; init; }
    public required string DraftSaved { get; init; }
    public required string Submitted { get; init; }
    public required string Ranking { get; init; }
    public required string ColRank { get; init; }
    public required string ColScore { get; init; }
    public required string ColReviewers { get; init; }
    public required string Incomplete { get; init; }
    public required string Select { get; init; }
    public required string Selected { get; init; }
    public required string ResearchIntro { get; init; }
    public required string NoEntries { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public required string Body { get; init; }
    public required string Werf { get; init; }
    public required string ProgrammeField { get; init; }
    public required string PartnersField { get; init; }
    public required string Domains { get; init; }
    public required string Evidence { get; init; }
    public required string Author { get; init; }
    public required string AddEntry { get; init; }
    public required string ValidatedBy { get; init; }
    public required string Validate { get; init; }
    public required string PracticeLab { get; init; }
    public required string Who { get; init; }
    public required string Why { get; init; }
    public required string NoLabs { get; init; }
    public required string NoLessons { get; init; }
    public required string OutcomesIntro { get; init; }
    public required string NoIndicators { get; init; }
    public required string NoMeasurements { get; init; }
    public required string ColIndicator { get; init; }
    public required string ColUnit { get; init; }
    public required string ColSource { get; init; }
    public required string ColBaseline { get; init; }
    public required string ColLatest { get; init; }
    public required string ColChange { get; init; }
    public required string Better { get; init; }
    public required string Worse { get; init; }
    public required string ChartLabel { get; init; }
    public required string OutcomesExport { get; init; }
    public required string NewEvent { get; init; }
    public required string EditEvent { get; init; }
    public required string EventDetails { get; init; }
    public required string TitleNl { get; init; }
    public required string TitleEn { get; init; }
    public required string Description { get; init; }
    public required string StartsAt { get; init; }
    public required string EndsAt { get; init; }
    public required string TimeHint { get; init; }
    public required string Save { get; init; }
    public required string Saved { get; init; }
    public required string Edit { get; init; }
    public required string AddSession { get; init; }
    public required string EditSession { get; init; }
    public required string SessionTitle { get; init; }
    public required string SpeakersHint { get; init; }
    public required string TagsHint { get; init; }
    public required string CallOff { get; init; }
    public required string CalledOff { get; init; }
    public required string CalledOffNotice { get; init; }
    public required string CallOffWarning { get; init; }
    public required string NoSessionsYet { get; init; }
    public required string Manage { get; init; }
    public required string NewCall { get; init; }
    public required string EditCall { get; init; }
    public required string TextNl { get; init; }
    public required string TextEn { get; init; }
    public required string Opens { get; init; }
    public required string Closes { get; init; }
    public required string MaxPlaces { get; init; }
    public required string ScaleMin { get; init; }
    public required string ScaleMax { get; init; }
    public required string CriteriaHint { get; init; }
    public required string CriterionName { get; init; }
    public required string CriterionNameEn { get; init; }
    public required string CriterionWeight { get; init; }
    public required string Country { get; init; }
    public required string AnyCountry { get; init; }
    public required string Countries { get; init; }
    public required string MinPartnersField { get; init; }
    public required string ApplicantTypesField { get; init; }
    public required string Reviews { get; init; }
    public required string ReviewsIntro { get; init; }
    public required string Reviewers { get; init; }
    public required string NoReviewers { get; init; }
    public required string AddReviewer { get; init; }
    public required string ReviewerMunicipality { get; init; }
    public required string NoMunicipality { get; init; }
    public required string Assign { get; init; }
    public required string AssignTo { get; init; }
    public required string Assigned { get; init; }
    public required string ReviewerAdded { get; init; }
    public required string Conflict { get; init; }
    public required string ConflictsOf { get; init; }
    public required string None { get; init; }
    public required string ScoresGiven { get; init; }
    public required string NoApplications { get; init; }
    public required string MyReviews { get; init; }
    public required string MyReviewsIntro { get; init; }
    public required string NoReviewTasks { get; init; }
    public required string ScoreFor { get; init; }
    public required string CommentFor { get; init; }
    public required string SaveScores { get; init; }
    public required string ScoresSaved { get; init; }
    public required string ReviewClosed { get; init; }
    public required string RankingIntro { get; init; }
    public required string SelectHint { get; init; }
    public required string SelectAfterClosing { get; init; }
    public required string NotYourReviews { get; init; }
    public required string QrLabel { get; init; }
    public required string QrHint { get; init; }
    public required string CheckInFor { get; init; }
    public required IReadOnlyDictionary<string, string> Dimensions { get; init; }
    public required IReadOnlyDictionary<string, string> Kinds { get; init; }
    public required IReadOnlyDictionary<string, string> DomainNames { get; init; }
    public required IReadOnlyDictionary<string, string> States { get; init; }
    public required IReadOnlyDictionary<string, string> EventKinds { get; init; }

    public static OperationsTexts For(Localization.Language language) => language.Code == "en" ? En : Nl;

    public static readonly OperationsTexts Nl = new()
    {
        Nav = "Programma",
        HubTitle = "Programma: forum, oproepen, actieonderzoek en uitkomsten",
        HubIntro = "Het platformteam organiseert hier het jaarlijkse forum, oproepen voor wijken, het actieonderzoek met praktijklabs en de uitkomstenmonitor.",
        ForumTitle = "Forum en bijeenkomsten",
        CallsTitle = "Oproepen",
        LessonsTitle = "Gevalideerde lessen",
        LessonsIntro = "Lessen en inzichten uit het actieonderzoek die in een praktijklab zijn gevalideerd: citeerbaar in het werkboek.",
        OutcomesTitle = "Uitkomstenmonitor",
        ResearchTitle = "Actieonderzoek",
        PilotDistricts = "Pilotwijken",
        ColEvent = "Bijeenkomst",
        ColKind = "Soort",
        ColWhen = "Wanneer (Brusselse tijd)",
        ColVenue = "Plaats",
        ColRegistered = "Ingeschreven",
        ColCapacity = "Plaatsen",
        ColWaiting = "Wachtlijst",
        ColCheckedIn = "Aanwezig",
        ColTime = "Tijd",
        ColSession = "Sessie",
        ColRoom = "Zaal",
        ColSpeakers = "Sprekers",
        ColLanguage = "Taal",
        ColTags = "Werven en programma's",
        ColPlacesLeft = "Vrije plaatsen",
        ColStatus = "Status",
        Programme = "Programma",
        NoEvents = "Er zijn nog geen bijeenkomsten.",
        Register = "Inschrijven",
        RegisterIntro = "Schrijf u in voor de bijeenkomst en kies uw sessies. Sessies die tegelijk plaatsvinden kunt u niet allebei kiezen. Is een sessie vol, dan komt u op de wachtlijst.",
        Name = "Naam",
        Email = "E-mailadres",
        Organisation = "Organisatie",
        SessionsAt = "Sessies om {0}",
        NoSession = "Geen sessie",
        Full = "vol: wachtlijst",
        CalendarLink = "Programma in uw agenda (iCalendar)",
        TicketTitle = "Uw inschrijving",
        YourCode = "Uw persoonlijke check-incode",
        CodeHint = "Toon of zeg deze code bij de ingang. Bewaar deze pagina: het adres is uw ticket.",
        StatusConfirmed = "bevestigd",
        StatusWaiting = "op de wachtlijst",
        StatusCancelled = "geannuleerd",
        YourSessions = "Uw sessies",
        MyCalendarLink = "Mijn sessies in mijn agenda (iCalendar)",
        Cancel = "Inschrijving annuleren",
        CancelSession = "Annuleren",
        CheckInTitle = "Check-in aan de ingang",
        CheckInCode = "Check-incode",
        CheckInButton = "Inchecken",
        CheckedIn = "{0} is ingecheckt.",
        AlreadyCheckedIn = "{0} was al ingecheckt om {1}.",
        Team = "Voor het platformteam",
        AttendanceExport = "Aanwezigheidslijst (XLSX)",
        BadgesExport = "Badges (PDF)",
        SendReminders = "Herinneringen versturen",
        RemindersSent = "{0} herinneringen verstuurd.",
        ColCall = "Oproep",
        ColOpens = "Opent (Brusselse tijd)",
        ColCloses = "Sluit (Brusselse tijd)",
        ColPlaces = "Plaatsen",
        ColSubmitted = "Ingediend",
        NoCalls = "Er zijn nog geen oproepen.",
        Criteria = "Beoordelingscriteria",
        ColCriterion = "Criterium",
        ColWeight = "Gewicht",
        Eligibility = "Wie kan meedoen",
        ApplicantTypes = "Aanvragers: {0}",
        MinPartners = "Minstens {0} partner(s)",
        Scale = "Scores van {0} tot {1} per criterium",
        CountryOnly = "Alleen wijken in {0}",
        State = "Status: {0}",
        ApplyTitle = "Aanmelden",
        ApplyLogin = "Meld u aan als gemeentemedewerker om een wijk aan te melden.",
        District = "Wijk (code)",
        ApplicantType = "Soort aanvrager",
        TypeMunicipality = "Gemeente",
        TypeHousing = "Woningcorporatie",
        ContactName = "Contactpersoon",
        Partners = "Partners (één per regel)",
        Motivation = "Motivatie",
        SocialProfile = "Sociaal profiel van de wijk",
        TechnicalProfile = "Technisch profiel van de wijk",
        Attachment = "Bijlage (optioneel)",
        SaveDraft = "Opslaan als concept",
        Submit = "Indienen",
        DraftSaved = "Concept opgeslagen (aanmelding {0}).",
        Submitted = "Aanmelding {0} is ingediend.",
        Ranking = "Rangschikking",
        ColRank = "Plaats",
        ColScore = "Gewogen score",
        ColReviewers = "Beoordelaars",
        Incomplete = "onvolledig",
        Select = "Selectie maken en iedereen berichten",
        Selected = "{0} wijken geselecteerd; {1} aanvragers bericht; de geselecteerde wijken zijn nu cases.",
        ResearchIntro = "Uitdagingen, oplossingen, inzichten en lessen uit het actieonderzoek in deze wijk.",
        NoEntries = "Nog geen items in het logboek.",
        Kind = "Soort",
        Title = "Titel",
        Body = "Beschrijving",
        Werf = "Werf",
        ProgrammeField = "Programma",
        PartnersField = "Partners (komma's)",
        Domains = "Domein",
        Evidence = "Onderbouwing",
        Author = "Auteur",
        AddEntry = "Toevoegen aan het logboek",
        ValidatedBy = "Gevalideerd door {0} in {1}: {2}",
        Validate = "Valideren in praktijklab",
        PracticeLab = "Praktijklab",
        Who = "Wie valideert",
        Why = "Waarom",
        NoLabs = "Er is nog geen praktijklab.",
        NoLessons = "Nog geen gevalideerde lessen.",
        OutcomesIntro = "De vijf dimensies uit de Torontose aanpak: energiebesparing, leefklimaat, participatie, werkgelegenheid en sociale cohesie. Per indicator de nulmeting tegenover de laatste meting.",
        NoIndicators = "Voor deze dimensie zijn nog geen indicatoren vastgelegd.",
        NoMeasurements = "nog geen metingen",
        ColIndicator = "Indicator",
        ColUnit = "Eenheid",
        ColSource = "Bron",
        ColBaseline = "Nulmeting",
        ColLatest = "Nu",
        ColChange = "Verandering",
        Better = "beter",
        Worse = "slechter",
        ChartLabel = "Nulmeting tegenover nu per indicator; de tabel eronder geeft dezelfde cijfers.",
        OutcomesExport = "Uitkomsten exporteren (XLSX)",
        Dimensions = new Dictionary<string, string> { ["EnergySavings"] = "Energiebesparing", ["LivingClimate"] = "Leefklimaat", ["Participation"] = "Participatie", ["Employment"] = "Werkgelegenheid", ["SocialCohesion"] = "Sociale cohesie" },
        Kinds = new Dictionary<string, string> { ["Challenge"] = "Uitdaging", ["Solution"] = "Oplossing", ["Insight"] = "Inzicht", ["Lesson"] = "Les" },
        DomainNames = new Dictionary<string, string> { ["social"] = "sociaal", ["physical"] = "fysiek", ["technical"] = "technisch" },
        NewEvent = "Nieuwe bijeenkomst",
        EditEvent = "Bijeenkomst bewerken",
        EventDetails = "Gegevens van de bijeenkomst",
        TitleNl = "Titel (Nederlands)",
        TitleEn = "Titel (Engels)",
        Description = "Beschrijving",
        StartsAt = "Begint (Brusselse tijd)",
        EndsAt = "Eindigt (Brusselse tijd)",
        TimeHint = "Datum en tijd zoals in Brussel (Europe/Brussels), ook als u elders bent.",
        Save = "Opslaan",
        Saved = "Opgeslagen.",
        Edit = "Bewerken",
        AddSession = "Sessie toevoegen",
        EditSession = "Sessie bewerken",
        SessionTitle = "Titel van de sessie",
        SpeakersHint = "Gescheiden door komma's.",
        TagsHint = "Werven en werkprogramma's, gescheiden door komma's (bijv. energie,wp1).",
        CallOff = "Sessie annuleren",
        CalledOff = "Geannuleerd",
        CalledOffNotice = "Sessie geannuleerd; {0} ingeschrevenen kregen bericht.",
        CallOffWarning = "Annuleren kan niet ongedaan worden gemaakt: alle boekingen vervallen en iedereen krijgt een e-mail.",
        NoSessionsYet = "Nog geen sessies.",
        Manage = "Beheren",
        NewCall = "Nieuwe oproep",
        EditCall = "Oproep bewerken",
        TextNl = "Tekst (Nederlands)",
        TextEn = "Tekst (Engels)",
        Opens = "Opent (Brusselse tijd)",
        Closes = "Sluit (Brusselse tijd)",
        MaxPlaces = "Aantal plaatsen (wijken)",
        ScaleMin = "Laagste score",
        ScaleMax = "Hoogste score",
        CriteriaHint = "De gewichten zijn percentages en tellen op tot 100 %. Laat een rij leeg om haar niet te gebruiken.",
        CriterionName = "Criterium {0} (Nederlands)",
        CriterionNameEn = "Criterium {0} (Engels)",
        CriterionWeight = "Gewicht van criterium {0} (%)",
        Country = "Land",
        AnyCountry = "Elk land",
        Countries = "Nederland|België",
        MinPartnersField = "Minimaal aantal partners",
        ApplicantTypesField = "Wie mag zich aanmelden",
        Reviews = "Beoordelaars toewijzen",
        ReviewsIntro = "Wijs per aanvraag beoordelaars toe. Een beoordelaar met een belangenconflict (werkt voor de aanvrager, een partner of de gemeente van de wijk) kan niet worden toegewezen.",
        Reviewers = "Beoordelaars",
        NoReviewers = "Nog geen beoordelaars.",
        AddReviewer = "Beoordelaar toevoegen",
        ReviewerMunicipality = "Gemeente van de beoordelaar (als die voor een gemeente werkt)",
        NoMunicipality = "Geen gemeente",
        Assign = "Toewijzen",
        AssignTo = "Beoordelaar voor {0}",
        Assigned = "{0} is toegewezen aan {1}.",
        ReviewerAdded = "Beoordelaar {0} is toegevoegd.",
        Conflict = "belangenconflict",
        ConflictsOf = "Belangenconflicten",
        None = "geen",
        ScoresGiven = "{0} van {1} scores",
        NoApplications = "Nog geen ingediende aanvragen.",
        MyReviews = "Mijn beoordelingen",
        MyReviewsIntro = "De aanvragen die aan u zijn toegewezen. Geef per criterium een hele score binnen de schaal, met een toelichting als u wilt.",
        NoReviewTasks = "Er zijn geen aanvragen aan u toegewezen.",
        ScoreFor = "Score voor {0} ({1}–{2})",
        CommentFor = "Toelichting bij {0}",
        SaveScores = "Scores opslaan",
        ScoresSaved = "Scores voor {0} opgeslagen.",
        ReviewClosed = "De selectie is gemaakt; scores kunnen niet meer veranderen.",
        RankingIntro = "Per criterium het gemiddelde van de beoordelaars, daarna het gewogen gemiddelde over de criteria. Een ontbrekende score telt als de laagste score (onvolledig). Bij gelijke stand gaat de eerder ingediende aanvraag voor.",
        SelectHint = "Selecteert de beste {0} aanvragen: zij worden cases, en elke aanvrager krijgt een e-mail.",
        SelectAfterClosing = "Selecteren kan zodra de oproep gesloten is.",
        NotYourReviews = "U bent geen beoordelaar van deze aanvraag.",
        QrLabel = "QR-code met uw check-incode: laat hem bij de ingang scannen",
        QrHint = "Bij de ingang scant het team deze code met een telefoon.",
        CheckInFor = "Code van {0} ({1}): controleer en bevestig.",
        States = new Dictionary<string, string> { ["upcoming"] = "nog niet open", ["open"] = "open", ["closed"] = "gesloten", ["selected"] = "selectie gemaakt" },
        EventKinds = new Dictionary<string, string> { ["Forum"] = "Forum", ["Oogstsessie"] = "Oogstsessie", ["PracticeLab"] = "Praktijklab" },
    };

    public static readonly OperationsTexts En = new()
    {
        Nav = "Programme",
        HubTitle = "Programme: forum, calls, action research and outcomes",
        HubIntro = "Here the platform team runs the annual forum, calls for districts, action research with practice labs and the outcome monitor.",
        ForumTitle = "Forum and events",
        CallsTitle = "Calls for applications",
        LessonsTitle = "Validated lessons",
        LessonsIntro = "Lessons and insights from the action research validated in a practice lab: citable in the workbook.",
        OutcomesTitle = "Outcome monitor",
        ResearchTitle = "Action research",
        PilotDistricts = "Pilot districts",
        ColEvent = "Event",
        ColKind = "Kind",
        ColWhen = "When (Brussels time)",
        ColVenue = "Venue",
        ColRegistered = "Registered",
        ColCapacity = "Places",
        ColWaiting = "Waiting list",
        ColCheckedIn = "Checked in",
        ColTime = "Time",
        ColSession = "Session",
        ColRoom = "Room",
        ColSpeakers = "Speakers",
        ColLanguage = "Language",
        ColTags = "Werven and programmes",
        ColPlacesLeft = "Places left",
        ColStatus = "Status",
        Programme = "Programme",
        NoEvents = "There are no events yet.",
        Register = "Register",
        RegisterIntro = "Register for the event and choose your sessions. You cannot choose two sessions at the same time. When a session is full you join its waiting list.",
        Name = "Name",
        Email = "E-mail address",
        Organisation = "Organisation",
        SessionsAt = "Sessions at {0}",
        NoSession = "No session",
        Full = "full: waiting list",
        CalendarLink = "Programme in your calendar (iCalendar)",
        TicketTitle = "Your registration",
        YourCode = "Your personal check-in code",
        CodeHint = "Show or say this code at the door. Keep this page: its address is your ticket.",
        StatusConfirmed = "confirmed",
        StatusWaiting = "on the waiting list",
        StatusCancelled = "cancelled",
        YourSessions = "Your sessions",
        MyCalendarLink = "My sessions in my calendar (iCalendar)",
        Cancel = "Cancel registration",
        CancelSession = "Cancel",
        CheckInTitle = "Check-in at the door",
        CheckInCode = "Check-in code",
        CheckInButton = "Check in",
        CheckedIn = "{0} is checked in.",
        AlreadyCheckedIn = "{0} was already checked in at {1}.",
        Team = "For the platform team",
        AttendanceExport = "Attendance list (XLSX)",
        BadgesExport = "Badges (PDF)",
        SendReminders = "Send reminders",
        RemindersSent = "{0} reminders sent.",
        ColCall = "Call",
        ColOpens = "Opens (Brussels time)",
        ColCloses = "Closes (Brussels time)",
        ColPlaces = "Places",
        ColSubmitted = "Submitted",
        NoCalls = "There are no calls yet.",
        Criteria = "Assessment criteria",
        ColCriterion = "Criterion",
        ColWeight = "Weight",
        Eligibility = "Who may apply",
        ApplicantTypes = "Applicants: {0}",
        MinPartners = "At least {0} partner(s)",
        Scale = "Scores from {0} to {1} per criterion",
        CountryOnly = "Districts in {0} only",
        State = "State: {0}",
        ApplyTitle = "Apply",
        ApplyLogin = "Log in as municipal staff to apply with a district.",
        District = "District (code)",
        ApplicantType = "Type of applicant",
        TypeMunicipality = "Municipality",
        TypeHousing = "Housing association",
        ContactName = "Contact person",
        Partners = "Partners (one per line)",
        Motivation = "Motivation",
        SocialProfile = "The district's social profile",
        TechnicalProfile = "The district's technical profile",
        Attachment = "Attachment (optional)",
        SaveDraft = "Save as draft",
        Submit = "Submit",
        DraftSaved = "Draft saved (application {0}).",
        Submitted = "Application {0} is submitted.",
        Ranking = "Ranking",
        ColRank = "Rank",
        ColScore = "Weighted score",
        ColReviewers = "Reviewers",
        Incomplete = "incomplete",
        Select = "Make the selection and notify everyone",
        Selected = "{0} districts selected; {1} applicants notified; the selected districts are now cases.",
        ResearchIntro = "Challenges, solutions, insights and lessons from the action research in this district.",
        NoEntries = "No entries in the log yet.",
        Kind = "Kind",
        Title = "Title",
        Body = "Description",
        Werf = "Werf",
        ProgrammeField = "Programme",
        PartnersField = "Partners (commas)",
        Domains = "Domain",
        Evidence = "Evidence",
        Author = "Author",
        AddEntry = "Add to the log",
        ValidatedBy = "Validated by {0} in {1}: {2}",
        Validate = "Validate in practice lab",
        PracticeLab = "Practice lab",
        Who = "Validated by",
        Why = "Why",
        NoLabs = "There is no practice lab yet.",
        NoLessons = "No validated lessons yet.",
        OutcomesIntro = "The five dimensions of the Toronto approach: energy savings, living climate, participation, employment and social cohesion. For each indicator the baseline against the latest measurement.",
        NoIndicators = "No indicators defined for this dimension yet.",
        NoMeasurements = "no measurements yet",
        ColIndicator = "Indicator",
        ColUnit = "Unit",
        ColSource = "Source",
        ColBaseline = "Baseline",
        ColLatest = "Now",
        ColChange = "Change",
        Better = "better",
        Worse = "worse",
        ChartLabel = "Baseline against now per indicator; the table below gives the same figures.",
        OutcomesExport = "Export outcomes (XLSX)",
        Dimensions = new Dictionary<string, string> { ["EnergySavings"] = "Energy savings", ["LivingClimate"] = "Living climate", ["Participation"] = "Participation", ["Employment"] = "Employment", ["SocialCohesion"] = "Social cohesion" },
        Kinds = new Dictionary<string, string> { ["Challenge"] = "Challenge", ["Solution"] = "Solution", ["Insight"] = "Insight", ["Lesson"] = "Lesson" },
        DomainNames = new Dictionary<string, string> { ["social"] = "social", ["physical"] = "physical", ["technical"] = "technical" },
        NewEvent = "New event",
        EditEvent = "Edit event",
        EventDetails = "Event details",
        TitleNl = "Title (Dutch)",
        TitleEn = "Title (English)",
        Description = "Description",
        StartsAt = "Starts (Brussels time)",
        EndsAt = "Ends (Brussels time)",
        TimeHint = "Date and time as in Brussels (Europe/Brussels), also when you are elsewhere.",
        Save = "Save",
        Saved = "Saved.",
        Edit = "Edit",
        AddSession = "Add a session",
        EditSession = "Edit session",
        SessionTitle = "Session title",
        SpeakersHint = "Separated by commas.",
        TagsHint = "Werven and work programmes, separated by commas (e.g. energie,wp1).",
        CallOff = "Cancel session",
        CalledOff = "Cancelled",
        CalledOffNotice = "Session cancelled; {0} registered people were told.",
        CallOffWarning = "Cancelling cannot be undone: all bookings lapse and everyone gets an e-mail.",
        NoSessionsYet = "No sessions yet.",
        Manage = "Manage",
        NewCall = "New call",
        EditCall = "Edit call",
        TextNl = "Text (Dutch)",
        TextEn = "Text (English)",
        Opens = "Opens (Brussels time)",
        Closes = "Closes (Brussels time)",
        MaxPlaces = "Number of places (districts)",
        ScaleMin = "Lowest score",
        ScaleMax = "Highest score",
        CriteriaHint = "The weights are percentages and add up to 100 %. Leave a row empty to leave it out.",
        CriterionName = "Criterion {0} (Dutch)",
        CriterionNameEn = "Criterion {0} (English)",
        CriterionWeight = "Weight of criterion {0} (%)",
        Country = "Country",
        AnyCountry = "Any country",
        Countries = "the Netherlands|Belgium",
        MinPartnersField = "Minimum number of partners",
        ApplicantTypesField = "Who may apply",
        Reviews = "Assign reviewers",
        ReviewsIntro = "Assign reviewers per application. A reviewer with a conflict of interest (works for the applicant, a partner or the district's municipality) cannot be assigned.",
        Reviewers = "Reviewers",
        NoReviewers = "No reviewers yet.",
        AddReviewer = "Add a reviewer",
        ReviewerMunicipality = "The reviewer's municipality (if they work for one)",
        NoMunicipality = "No municipality",
        Assign = "Assign",
        AssignTo = "Reviewer for {0}",
        Assigned = "{0} is assigned to {1}.",
        ReviewerAdded = "Reviewer {0} has been added.",
        Conflict = "conflict of interest",
        ConflictsOf = "Conflicts of interest",
        None = "none",
        ScoresGiven = "{0} of {1} scores",
        NoApplications = "No submitted applications yet.",
        MyReviews = "My reviews",
        MyReviewsIntro = "The applications assigned to you. Give a whole score per criterion within the scale, with a comment if you like.",
        NoReviewTasks = "No applications are assigned to you.",
        ScoreFor = "Score for {0} ({1}–{2})",
        CommentFor = "Comment on {0}",
        SaveScores = "Save scores",
        ScoresSaved = "Scores for {0} saved.",
        ReviewClosed = "The selection has been made; scores can no longer change.",
        RankingIntro = "Per criterion the mean of the reviewers, then the weighted mean over the criteria. A missing score counts as the lowest score (incomplete). Ties go to the earlier submission.",
        SelectHint = "Selects the best {0} applications: they become cases, and every applicant gets an e-mail.",
        SelectAfterClosing = "Selection is possible once the call has closed.",
        NotYourReviews = "You are not a reviewer of this application.",
        QrLabel = "QR code with your check-in code: have it scanned at the door",
        QrHint = "At the door the team scans this code with a phone.",
        CheckInFor = "Code of {0} ({1}): check and confirm.",
        States = new Dictionary<string, string> { ["upcoming"] = "not open yet", ["open"] = "open", ["closed"] = "closed", ["selected"] = "selection made" },
        EventKinds = new Dictionary<string, string> { ["Forum"] = "Forum", ["Oogstsessie"] = "Harvest session", ["PracticeLab"] = "Practice lab" },
    };
}
