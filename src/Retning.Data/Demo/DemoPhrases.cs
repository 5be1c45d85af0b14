using Retning.Domain.Diary;
using Retning.Domain.Plans;

namespace Retning.Data.Demo;

/// <summary>A purpose as a municipality writes it in the action plan: a direction, not measurable.</summary>
internal sealed record DemoPurpose(string Title, string Text);

/// <summary>An external actor on a goal, and what the sub-goal diary says when they take part.</summary>
internal sealed record DemoActor(CollaboratorKind Kind, string Name, string HowTheyTakePart, string[] Notes);

/// <summary>
/// A sub-goal: the small concrete step, when in the day it is worked with (Danish hours,
/// from inclusive, to exclusive), on which weekday when weekly, and what the notes say was done.
/// </summary>
internal sealed record DemoSubGoal(string Text, ScoringFrequency Frequency, int FromHour, int ToHour, string[] Did, DayOfWeek? Weekday = null);

/// <summary>A goal with its theme, the purpose it serves, the staff's intervention and its sub-goals; some suit older children only.</summary>
internal sealed record DemoGoal(
    string ThemeKey, DemoPurpose Purpose, string Text, string Rationale, string Measure,
    string Intervention, string InterventionHowOften, DemoActor? Actor, DemoSubGoal[] SubGoals, int MinAge = 0);

/// <summary>A resident diary note: context and type by their default names, the plan theme per template.</summary>
internal sealed record DemoResidentNote(string Context, string Type, string? IcsTheme, string? VumTheme, string Text, bool Children = true, bool Adults = true);

/// <summary>
/// The Danish texts of the demo plans and diaries. Wording follows the source documents' examples
/// (the documentation foundation: formål → mål → delmål, SMORT; docs/domain.md, "Goals and sub-goals") and everyday notes from a residential home.
/// Placeholders: {n} first name, {ns} its genitive, {han}/{ham}/{hans} by the citizen's sex.
/// Every person and place is fictional.
/// </summary>
internal static class DemoPhrases
{
    // Purposes from the municipalities' action plans (§ 140 children, § 141 adults).
    private static readonly DemoPurpose Schooling = new("Stabil skolegang", "At {n} får en stabil skolegang, hvor {han} lærer og trives");
    private static readonly DemoPurpose PeerRelations = new("Relationer til jævnaldrende", "At {ns} kompetencer i at indgå i relationer med jævnaldrende styrkes");
    private static readonly DemoPurpose Family = new("Kontakt til familien", "At {n} bevarer en god og stabil kontakt til sin familie");
    private static readonly DemoPurpose SelfReliant = new("Selvhjulpen i hverdagen", "At {n} bliver mere selvhjulpen i praktiske gøremål og egenomsorg");
    private static readonly DemoPurpose Economy = new("Styre egen økonomi", "At {ns} kompetencer i at styre egen økonomi styrkes");
    private static readonly DemoPurpose Health = new("Godt helbred", "At {n} bevarer et godt fysisk og psykisk helbred");
    private static readonly DemoPurpose SocialLife = new("Socialt liv", "At {n} får et aktivt socialt liv med relationer uden for bostedet");
    private static readonly DemoPurpose OwnVoice = new("Give udtryk for egne ønsker", "At {n} i højere grad kan give udtryk for egne ønsker og behov");

    // Actors' first names are in none of DemoNames' lists nor the staff: a name points at one person.
    private static readonly DemoActor Teacher = new(CollaboratorKind.School, "Skolens lærer Gitte",
        "Bruger samme billedskema i klassen og skriver i kontaktbogen hver fredag.",
        [
            "Kontaktbogen fra skolens lærer Gitte: {n} har haft en god uge og kom til tiden alle dage. Vi bruger nu samme billedskema begge steder.",
            "Telefonmøde med skolens lærer Gitte om morgenerne. Vi aftalte, at skolen giver besked, hvis {n} kommer uroligt i skole.",
        ]);

    private static readonly DemoActor SpecialTeacher = new(CollaboratorKind.School, "Specialklassens lærer Thorkild",
        "Giver lektier, der passer til niveauet, og følger op på læsningen i skolen.",
        [
            "Talte med specialklassens lærer Thorkild om lektierne. De bliver kortere og med billeder, så {n} kan klare mere selv.",
            "Specialklassens lærer Thorkild fortæller, at {n} nu læser højt i klassen. Vi fortsætter med ti minutter hver dag hjemme.",
        ]);

    private static readonly DemoActor ClubWorker = new(CollaboratorKind.Other, "Fritidsklubbens pædagog Yasmin",
        "Tager imod {n} ved døren og har en fast aktivitet klar den første halve time.",
        [
            "Fritidsklubbens pædagog Yasmin tog imod ved døren. Hun fortæller, at {n} spillede bordtennis med to andre børn i en halv time.",
            "Aftale med fritidsklubbens pædagog Yasmin: {n} får en fast opgave med at sætte spillene frem, så starten bliver lettere.",
        ]);

    private static readonly DemoActor FamilyWorker = new(CollaboratorKind.Other, "Kommunens familiebehandler Lisbeth",
        "Støtter familien i samtalerne og deltager i samværet én gang om måneden.",
        [
            "Møde med kommunens familiebehandler Lisbeth om telefonsamtalerne. Vi beholder de faste aftener, og familien ringer selv op, hvis {n} glemmer det.",
            "Kommunens familiebehandler Lisbeth var med ved samværet. Hun oplevede {n} glad og afslappet sammen med familien.",
        ]);

    private static readonly DemoActor Guardian = new(CollaboratorKind.Guardian, "Værgen",
        "Overfører ugepengene hver fredag og gennemgår budgettet med {n} og kontaktpersonen én gang om måneden.",
        [
            "Månedligt møde med værgen om budgettet. {n} viste selv sit regnskab frem, og der var penge tilbage til en biograftur.",
            "Værgen ringede: ugepengene flyttes til mandag, så de passer med {ns} indkøbsdag.",
        ]);

    private static readonly DemoActor Physiotherapist = new(CollaboratorKind.Physiotherapist, "Fysioterapeut Malene",
        "Har lavet et gåprogram og ser {n} hver anden uge i træningscentret.",
        [
            "Fysioterapeut Malene var med på turen og justerede tempoet. Hun foreslår at forlænge turen med fem minutter fra næste uge.",
            "Træning hos fysioterapeut Malene. {n} gik på løbebåndet i ti minutter uden pause, og hun er tilfreds med udviklingen.",
        ]);

    private static readonly DemoActor Doctor = new(CollaboratorKind.Doctor, "Egen læge",
        "Følger medicinen og tager blodprøver hver tredje måned.",
        [
            "Kontrol hos egen læge. Lægen er tilfreds med, at {n} selv tager morgenmedicinen, og dosis fortsætter uændret.",
            "Egen læge ringede med svar på blodprøverne: alt er fint. {n} fik besked og sagde selv tak i telefonen.",
        ]);

    private static readonly DemoActor SpeechTherapist = new(CollaboratorKind.Specialist, "Talepædagog fra kommunikationscentret",
        "Har sat billederne i appen op og kommer på besøg hver sjette uge.",
        [
            "Besøg af talepædagog fra kommunikationscentret. Der er lagt nye billeder ind i appen til fritidsaktiviteter, som {n} selv har valgt.",
            "Talepædagog fra kommunikationscentret så {n} bruge appen ved frokosten og foreslog at samle billederne på én side.",
        ]);

    private static readonly DemoActor Workshop = new(CollaboratorKind.JobCentre, "Værkstedets leder Per",
        "Tager imod {n} ved ankomst og giver besked, hvis bussen ikke er kommet til tiden.",
        [
            "Værkstedets leder Per ringede: {n} kom selv fra stoppestedet i dag og var stolt af det.",
            "Aftale med værkstedets leder Per om, at {n} ringer til ham, hvis bussen er forsinket.",
        ]);

    /// <summary>Children, first goal: schooling (the local guideline requires one).</summary>
    public static readonly DemoGoal[] ChildSchoolGoals =
    [
        new("skole", Schooling, "At {n} møder til tiden i skole fire dage om ugen frem til sommerferien",
            "Handleplanen lægger vægt på stabilt fremmøde. Morgenerne er svære for {n}, og struktur og visualisering (TEACCH) hjælper.",
            "Skolens fremmøderegistrering og kontaktbogen viser fire dage om ugen med fremmøde til tiden.",
            "Fast morgenrutine med billedskema og en voksen, der guider", "Hver skoledag", Teacher,
            [
                new("At {n} selv pakker skoletasken aftenen før efter sit billedskema", ScoringFrequency.Daily, 18, 21,
                [
                    "Skoletasken blev pakket efter billedskemaet for i morgen.",
                    "Vi gennemgik billedskemaet sammen, og {n} lagde penalhus, bøger og idrætstøj i tasken.",
                    "Aftenrutine: tasken pakket til i morgen. {n} tjekkede selv skemaet på væggen.",
                    "{n} pakkede tasken ved spisebordet efter aftensmaden.",
                ]),
                new("At {n} tager overtøj på og er klar ved hoveddøren kl. 7.45 på skoledage", ScoringFrequency.Daily, 7, 8,
                [
                    "Morgenrutine efter billedskemaet: tøj, morgenmad, tænder, jakke og sko.",
                    "{n} brugte timeren på køkkenbordet til at holde øje med tiden.",
                    "Morgen med skoletaxa kl. 7.45. {n} blev mindet om tiden ved morgenmaden.",
                    "Vi øvede at tage overtøj på i gangen i den faste rækkefølge.",
                ]),
            ]),
        new("skole", Schooling, "At {n} laver lektier i 15 minutter efter skole fire dage om ugen",
            "Skolen og handleplanen peger på læsning som det vigtigste fag. Korte, faste lektieøjeblikke giver ro og succes.",
            "Lektielisten på køkkenbordet viser fire afkrydsede dage om ugen.",
            "Lektiestund ved køkkenbordet med timer og en voksen ved siden af", "Mandag til torsdag", SpecialTeacher,
            [
                new("At {n} selv henter lektiemappen frem efter eftermiddagsmaden", ScoringFrequency.Daily, 15, 17,
                [
                    "Lektiestund efter eftermiddagsmaden. Lektiemappen blev hentet frem.",
                    "{n} fandt lektiemappen i tasken og lagde den på bordet.",
                    "Vi satte timeren til 15 minutter og gik i gang med læsning.",
                    "Lektier ved køkkenbordet; {n} valgte selv at starte med matematik.",
                ]),
                new("At {n} læser højt for en voksen i ti minutter hver dag efter skole", ScoringFrequency.Daily, 15, 18,
                [
                    "Højtlæsning i ti minutter i sofaen. Vi læste i bogen fra skolen.",
                    "{n} læste to sider højt og fortalte bagefter, hvad der skete i historien.",
                    "Læsning med fingeren under linjen; vi skiftedes til at læse hver anden side.",
                    "{n} valgte selv en bog fra reolen og læste højt for en voksen.",
                ]),
            ], MinAge: 8),
        new("skole", Schooling, "At {n} deltager i hele skoledagen uden at blive hentet før tid tre uger i træk",
            "Skoledagen bliver ofte afbrudt, når {n} bliver overvældet. Handleplanen ønsker hele skoledage; pauser i et roligt rum er aftalt med skolen.",
            "Kontaktbogen viser hele skoledage, og {n} er ikke blevet hentet før tid.",
            "Aftalt pausekort i skolen og en rolig overgang hjemme efter skole", "Hver skoledag", Teacher,
            [
                new("At {n} viser pausekortet til en voksen, når {han} har brug for en pause", ScoringFrequency.Daily, 15, 17,
                [
                    "Vi gennemgik dagen i skolen med kontaktbogen og talte om, hvornår pausekortet blev brugt.",
                    "Øvede pausekortet hjemme ved lektierne: {n} viste kortet og fik fem minutters pause.",
                    "Samtale efter skole om pausekortet; {n} fortalte, at det blev brugt i frikvarteret.",
                ]),
                new("At {n} fortæller en voksen om en god ting fra skoledagen hver eftermiddag", ScoringFrequency.Daily, 15, 18,
                [
                    "Eftermiddagssnak ved bordet om skoledagen med billeder fra dagen.",
                    "{n} fortalte om frikvarteret og viste en tegning fra billedkunst.",
                    "Vi brugte smiley-kortene til at tale om dagen i skolen.",
                ]),
            ]),
    ];

    /// <summary>Children, second goal: social relations or family (the local guideline requires one).</summary>
    public static readonly DemoGoal[] ChildRelationGoals =
    [
        new("venskab", PeerRelations, "At {n} spiller et brætspil med et af de andre børn to gange om ugen",
            "Handleplanen ønsker, at {n} får relationer til jævnaldrende. Spil med klare regler giver en tryg ramme for samvær.",
            "Afdelingens aktivitetsliste viser to spil om ugen med et andet barn.",
            "En voksen sætter spillet i gang og trækker sig gradvist", "To gange om ugen", null,
            [
                new("At {n} selv spørger et af de andre børn, om de vil spille, efter aftensmaden", ScoringFrequency.Daily, 18, 20,
                [
                    "Efter aftensmaden øvede vi at spørge de andre børn, om de ville spille.",
                    "{n} gik hen til et af de andre børn og spurgte, om de skulle spille Uno.",
                    "Vi øvede sætningen »Vil du spille med?« før aftensmaden.",
                    "Spil i opholdsstuen; {n} valgte selv spillet og spurgte de andre.",
                ]),
                new("At {n} venter på sin tur i spillet med en voksen ved siden af", ScoringFrequency.Daily, 16, 20,
                [
                    "Brætspil i opholdsstuen med to andre børn og en voksen.",
                    "Vi spillede Ludo; den voksne viste med fingeren, hvis tur det var.",
                    "{n} spillede Uno med et af de andre børn og en voksen ved siden af.",
                    "Vi brugte turkortet, så {n} kunne se, hvornår det var {hans} tur.",
                ]),
            ]),
        new("venskab", PeerRelations, "At {n} deltager i fritidsklubben en time hver torsdag",
            "{n} vil gerne have en ven uden for afdelingen. Handleplanen peger på fritidsaktiviteter med jævnaldrende.",
            "Fremmøde registreret af fritidsklubben hver torsdag.",
            "En voksen følger {n} til klubben og henter igen efter en time", "Hver torsdag", ClubWorker,
            [
                new("At {n} går selv ind i fritidsklubben, mens den voksne venter udenfor", ScoringFrequency.Weekly, 16, 18,
                [
                    "Klubdag. {n} blev fulgt til fritidsklubben og hentet efter en time.",
                    "Torsdagsklub: {n} gik selv ind, mens den voksne ventede i bilen.",
                    "Fritidsklubben: vi aftalte på vejen, hvad {n} ville lave den første halve time.",
                ], DayOfWeek.Thursday),
                new("At {n} fortæller en voksen om en aktivitet fra klubben samme aften", ScoringFrequency.Weekly, 18, 21,
                [
                    "Aftensnak om klubben med billeder på telefonen fra klubbens opslagstavle.",
                    "{n} fortalte om bordtennis og om en ny ven fra klubben.",
                    "Vi talte om klubben ved aftensmaden; {n} viste en perlesag.",
                ], DayOfWeek.Thursday),
            ]),
        new("familie", Family, "At {n} ringer hjem til sin familie to faste aftener om ugen",
            "Handleplanen lægger vægt på kontakten til familien. Faste aftener giver forudsigelighed for både {n} og familien.",
            "Opkaldslisten på køkkenvæggen viser to samtaler om ugen.",
            "Fast opkaldsaftale tirsdag og søndag kl. 19 med en voksen i nærheden", "Tirsdag og søndag", FamilyWorker,
            [
                new("At {n} selv henter telefonen kl. 19 på de aftalte aftener", ScoringFrequency.Weekly, 18, 20,
                [
                    "Opkaldsaften. Telefonen blev fundet frem, og vi ringede hjem.",
                    "{n} kiggede på uret og hentede selv telefonen i kontoret.",
                    "Telefonsamtale med familien i ti minutter; en voksen sad i rummet ved siden af.",
                ], DayOfWeek.Tuesday),
                new("At {n} fortæller om sin uge i telefonen med støtte fra billeder", ScoringFrequency.Weekly, 18, 20,
                [
                    "Vi valgte tre billeder fra ugen, før vi ringede hjem.",
                    "{n} fortalte familien om svømning og viste billeder i videoopkaldet.",
                    "Søndagsopkald: {n} fortalte selv om weekenden på afdelingen.",
                ], DayOfWeek.Sunday),
            ]),
        new("familie", Family, "At {n} pakker sin taske til samvær hjemme hver anden weekend senest fredag kl. 15",
            "Samværet er aftalt i handleplanen. Afskeden og pakningen fylder meget for {n}; en tjekliste giver ro.",
            "Taskerne er pakket til tiden ved alle samværsweekender.",
            "Tjekliste med billeder og fast tidspunkt for pakning torsdag aften", "Hver anden uge", FamilyWorker,
            [
                new("At {n} pakker sin weekendtaske efter tjeklisten torsdag aften", ScoringFrequency.Weekly, 18, 21,
                [
                    "Pakning efter tjeklisten til weekendens samvær.",
                    "{n} satte selv flueben på listen: tandbørste, nattøj, bamse og oplader.",
                    "Vi pakkede tasken sammen og lagde den ved døren.",
                ], DayOfWeek.Thursday),
            ]),
    ];

    /// <summary>Adults: two of these per citizen, on the VUM themes.</summary>
    public static readonly DemoGoal[] AdultGoals =
    [
        new("praktisk", SelfReliant, "At {n} smører sin egen madpakke til værkstedet tre dage om ugen",
            "Handleplanen lægger vægt på, at {n} bliver mere selvhjulpen. {n} ønsker selv at klare madpakken.",
            "Madpakken er smurt af {n} selv tre dage om ugen, noteret på ugeskemaet.",
            "Guidning i køkkenet med billedopskrift; støtten trappes ned", "Mandag, onsdag og fredag", null,
            [
                new("At {n} selv finder pålæg frem om morgenen", ScoringFrequency.Daily, 7, 9,
                [
                    "Morgen i køkkenet: pålæg og brød blev fundet frem til madpakken.",
                    "{n} åbnede køleskabet og tog selv leverpostej og ost frem.",
                    "Vi brugte billedopskriften på køleskabsdøren til madpakken.",
                    "Madpakke til værkstedet; {n} valgte selv pålæg.",
                ]),
                new("At {n} pakker madpakken i tasken uden påmindelse", ScoringFrequency.Daily, 7, 9,
                [
                    "Madpakken blev lagt i tasken før afgang til værkstedet.",
                    "{n} lagde madpakke og drikkedunk i tasken ved døren.",
                    "Morgenrutine før bussen; vi tjekkede tasken sammen ved døren.",
                ]),
            ]),
        new("praktisk", SelfReliant, "At {n} varetager sin egen tøjvask én gang om ugen",
            "Handleplanen lægger vægt på, at {n} bliver mere selvhjulpen i egen bolig. Tøjvasken deles op i små skridt.",
            "Vasketavlen i vaskerummet viser én vask om ugen udført af {n}.",
            "Billedguide ved vaskemaskinen og en medarbejder, der guider", "Hver onsdag", null,
            [
                new("At {n} lægger sit snavsetøj i vasketøjskurven hver aften", ScoringFrequency.Daily, 19, 22,
                [
                    "Aftenrutine: dagens tøj i vasketøjskurven før nattøjet.",
                    "{n} samlede tøjet op fra gulvet og lagde det i kurven.",
                    "Vi talte om, hvilket tøj der skal vaskes, og hvad der kan hænge i skabet igen.",
                ]),
                new("At {n} sorterer vasketøjet i lyst og mørkt hver onsdag", ScoringFrequency.Weekly, 10, 16,
                [
                    "Vaskedag. Vasketøjet blev sorteret i to kurve på gulvet.",
                    "{n} sorterede sit tøj i lyst og mørkt med billedguiden ved siden af.",
                    "Tøjvask: vi talte om, hvor de røde sokker skulle ligge, og startede maskinen sammen.",
                ], DayOfWeek.Wednesday),
            ]),
        new("samfund", Economy, "At {n} overholder det ugebudget, {han} har aftalt med kontaktpersonen, i otte ud af ti uger",
            "Handleplanen har formålet om at styre egen økonomi. {n} løber ofte tør for penge før weekenden.",
            "Budgetskemaet viser, hvor mange uger budgettet er holdt.",
            "Ugentlig budgetsamtale med kontaktpersonen og kuvertsystem", "Hver mandag", Guardian,
            [
                new("At {n} lægger ugens kvitteringer frem og gennemgår dem med en medarbejder hver mandag", ScoringFrequency.Weekly, 15, 19,
                [
                    "Budgetsamtale. Vi gennemgik ugens kvitteringer og skrev dem ind i skemaet.",
                    "{n} havde gemt kvitteringerne i kuverten og lagde dem frem på bordet.",
                    "Mandagsbudget: vi talte om, hvad der blev købt i kiosken.",
                ], DayOfWeek.Monday),
                new("At {n} skriver dagens køb ind i budgethæftet hver aften", ScoringFrequency.Daily, 19, 22,
                [
                    "Budgethæftet: dagens køb blev skrevet ind efter aftensmaden.",
                    "{n} fandt kvitteringen fra kiosken i lommen og skrev beløbet ind.",
                    "Vi talte om, hvor mange penge der er tilbage til resten af ugen.",
                ]),
            ]),
        new("sundhed", Health, "At {n} går en tur på 20 minutter fem dage om ugen",
            "Egen læge anbefaler daglig motion. {n} siger selv, at gåture er rare, når der er selskab.",
            "Gåskemaet i entréen viser fem ture om ugen.",
            "En medarbejder går med og tager tid; gåprogram fra fysioterapeuten", "Fem dage om ugen", Physiotherapist,
            [
                new("At {n} selv tager gåskoene på efter frokost", ScoringFrequency.Daily, 12, 14,
                [
                    "Efter frokost: gåskoene og jakken på i entréen.",
                    "{n} fandt selv skoene i skoreolen og satte sig på bænken for at tage dem på.",
                    "Vi øvede at binde snørebånd med de nye elastiske snørebånd.",
                ]),
                new("At {n} går turen rundt om søen sammen med en medarbejder", ScoringFrequency.Daily, 13, 16,
                [
                    "Gåtur rundt om søen med en medarbejder; turen tog 20 minutter.",
                    "{n} gik hele turen og holdt en kort pause ved bænken ved legepladsen.",
                    "Tur rundt om søen i blæsevejr; vi gik den korte rute.",
                    "Gåtur med snak om fodbold; {n} satte selv tempoet.",
                ]),
            ]),
        new("sundhed", Health, "At {n} tager sin morgenmedicin selv fra doseringsæsken hver morgen",
            "Handleplanen og egen læge lægger vægt på, at {n} kan klare sin medicin med mindst mulig støtte.",
            "Medicinskemaet viser, at {n} selv har taget morgenmedicinen, kontrolleret af en medarbejder.",
            "En medarbejder er til stede og kontrollerer; støtten trappes ned", "Hver morgen", Doctor,
            [
                new("At {n} selv henter doseringsæsken kl. 8", ScoringFrequency.Daily, 7, 9,
                [
                    "Morgenmedicin. Doseringsæsken blev hentet i skabet kl. 8.",
                    "{n} kiggede på uret og gik selv hen til medicinskabet.",
                    "Alarmen på telefonen ringede kl. 8, og vi gik sammen til skabet.",
                ]),
                new("At {n} åbner det rigtige rum i doseringsæsken og tager tabletterne med vand", ScoringFrequency.Daily, 7, 9,
                [
                    "Morgenmedicin taget med et glas vand ved køkkenbordet.",
                    "{n} pegede på dagens rum i æsken, før det blev åbnet.",
                    "Medicin ved morgenmaden; en medarbejder kontrollerede bagefter.",
                ]),
            ]),
        new("egenomsorg", SelfReliant, "At {n} tager bad selv tre gange om ugen",
            "{n} ønsker at klare badet mere selv. Handleplanen lægger vægt på selvhjulpenhed og privatliv.",
            "Badeskemaet på badeværelsesdøren viser tre bade om ugen.",
            "Billedguide på badeværelset; medarbejderen venter uden for døren", "Mandag, onsdag og fredag", null,
            [
                new("At {n} selv henter rent tøj i skabet før badet", ScoringFrequency.Daily, 19, 22,
                [
                    "Aftenbad. Rent tøj og håndklæde blev fundet frem før badet.",
                    "{n} valgte selv tøj i skabet og lagde det på stolen på badeværelset.",
                    "Vi gennemgik billedguiden før badet.",
                ]),
                new("At {n} vasker hår efter billedguiden på badeværelset", ScoringFrequency.Weekly, 19, 22,
                [
                    "Hårvask efter billedguiden; en medarbejder ventede uden for døren.",
                    "{n} vaskede selv hår og skyllede shampoen ud.",
                    "Bad med hårvask; vi aftalte på forhånd, hvornår døren skulle åbnes.",
                ], DayOfWeek.Wednesday),
            ]),
        new("socialt", SocialLife, "At {n} deltager i fællesspisning i fælleshuset to gange om ugen",
            "Handleplanen ønsker flere relationer. {n} har sagt, at {han} gerne vil spise sammen med de andre, når det ikke er for larmende.",
            "Tilmeldingslisten til fællesspisning viser to spisninger om ugen.",
            "En medarbejder følger med og sidder ved samme bord", "Tirsdag og torsdag", null,
            [
                new("At {n} bliver siddende ved aftensbordet, til alle har spist", ScoringFrequency.Daily, 17, 19,
                [
                    "Aftensmad med de andre beboere i køkken-alrummet.",
                    "{n} sad ved det runde bord tæt på vinduet og spiste med de andre.",
                    "Aftensmad: vi aftalte på forhånd, at {n} kunne gå ud i fem minutter, hvis der blev for larmende.",
                    "Aftensmad sammen med de andre; der blev talt om fodbold.",
                ]),
                new("At {n} selv skriver sig på listen til fællesspisning om mandagen", ScoringFrequency.Weekly, 10, 17,
                [
                    "Tilmelding til ugens fællesspisning på tavlen i fælleshuset.",
                    "{n} skrev selv sit navn på listen to gange.",
                    "Vi kiggede på menuen sammen, og {n} valgte dagene.",
                ], DayOfWeek.Monday),
            ]),
        new("mobilitet", SocialLife, "At {n} tager bybussen alene til værkstedet to dage om ugen",
            "{n} ønsker at kunne komme selv til værkstedet. Handleplanen lægger vægt på deltagelse uden for bostedet.",
            "Værkstedet melder tilbage, at {n} er kommet selv to dage om ugen.",
            "Busture sammen først, derefter følges kun til stoppestedet", "Tirsdag og torsdag", Workshop,
            [
                new("At {n} selv tjekker afgangstiden i rejseappen hver morgen", ScoringFrequency.Daily, 7, 9,
                [
                    "Morgen: afgangstiden blev tjekket i rejseappen på telefonen.",
                    "{n} åbnede selv rejseappen og fandt bussen kl. 8.12.",
                    "Vi øvede at finde stoppestedet som favorit i appen.",
                ]),
                new("At {n} går fra stoppestedet til værkstedet uden følgeskab", ScoringFrequency.Weekly, 8, 10,
                [
                    "Bustur til værkstedet; en medarbejder fulgte med til stoppestedet.",
                    "{n} stod af ved det rigtige stoppested og gik det sidste stykke selv.",
                    "Vi gik ruten fra stoppestedet sammen og talte om kendetegnene på vejen.",
                ], DayOfWeek.Tuesday),
            ]),
        new("kommunikation", OwnVoice, "At {n} bruger sin billedapp til at vælge eftermiddagens aktivitet hver dag",
            "Handleplanen lægger vægt på, at {n} kan give udtryk for egne ønsker. Appen er sat op sammen med kommunikationscentret.",
            "Medarbejderne noterer hver dag, om {n} har valgt aktiviteten i appen.",
            "Medarbejderen spørger med appen fremme og venter på svar (totalkommunikation)", "Hver dag", SpeechTherapist,
            [
                new("At {n} peger på et billede i appen, når en medarbejder spørger efter frokost", ScoringFrequency.Daily, 12, 15,
                [
                    "Efter frokost: appen blev vist, og vi spurgte, hvad {n} ville lave.",
                    "{n} pegede på billedet af gåturen og rejste sig.",
                    "Valg af eftermiddagsaktivitet med appen på bordet.",
                    "{n} bladrede selv i appen og valgte musik.",
                ]),
            ]),
        new("indflydelse", OwnVoice, "At {n} vælger aftensmaden én dag om ugen og hjælper med indkøbet",
            "{n} ønsker at bestemme mere i hverdagen. Handleplanen lægger vægt på indflydelse på eget liv.",
            "Madplanen viser én ret om ugen valgt af {n}.",
            "Valg mellem tre billeder af retter og fælles indkøb", "Hver søndag", null,
            [
                new("At {n} vælger en ret ud fra tre billeder søndag eftermiddag", ScoringFrequency.Weekly, 14, 17,
                [
                    "Madplan for ugen. Tre billeder af retter blev lagt frem.",
                    "{n} valgte lasagne og satte billedet på madplanen.",
                    "Vi talte om ugens madplan, og {n} pegede på frikadeller.",
                ], DayOfWeek.Sunday),
                new("At {n} lægger to varer fra indkøbslisten i kurven i supermarkedet", ScoringFrequency.Weekly, 10, 17,
                [
                    "Indkøb i supermarkedet med billedindkøbslisten.",
                    "{n} fandt selv mælk og pasta på hylderne.",
                    "Indkøbstur: vi delte listen, og {n} havde to varer.",
                ], DayOfWeek.Monday),
            ]),
    ];

    // The effect of the work, by the support the citizen needed (the note's score).
    public static readonly string[] EffectHighSupport =
    [
        "{n} havde brug for, at vi gjorde det sammen trin for trin.",
        "Det lykkedes med fuld støtte; {n} blev hurtigt træt.",
        "{n} mistede overblikket undervejs, og vi tog over det sidste stykke.",
        "Med guidning hele vejen kom vi igennem opgaven.",
        "Det var en svær dag; {n} skulle have hjælp til næsten alt.",
    ];

    public static readonly string[] EffectModerateSupport =
    [
        "{n} klarede første del selv og fik hjælp til resten.",
        "Det gik bedre efter en kort påmindelse.",
        "{n} skulle have hjælp til at komme i gang, derefter gik det.",
        "Med billedguiden foran sig klarede {n} det meste; en voksen hjalp med det sidste.",
    ];

    public static readonly string[] EffectLowSupport =
    [
        "{n} klarede det næsten selv; en enkelt påmindelse var nok.",
        "Det gik fint uden hjælp i dag.",
        "{n} gjorde det selv og så tilfreds ud bagefter.",
        "Kun en kort guidning ved starten.",
        "{n} huskede det selv, før vi nåede at sige noget.",
    ];

    /// <summary>The citizen's own experience; a note may also leave it empty.</summary>
    public static readonly string[] Experiences =
    [
        "{n} sagde: »Det kan jeg godt selv.«",
        "{n} viste tommelfinger op bagefter.",
        "{n} syntes, det var kedeligt i dag.",
        "{n} var stolt og ville vise det til de andre.",
        "{n} sagde, at det var svært, men at {han} gerne vil prøve igen i morgen.",
        "{n} gav ikke selv udtryk for noget i dag.",
        "{n} smilede og sagde »færdig!«",
        "{n} spurgte, om vi skal gøre det samme i morgen.",
        "{n} sagde, at det var rart at gøre det sammen med en voksen.",
    ];

    /// <summary>A sub-goal note written without a score ("Ikke vurderet"): what happened and why.</summary>
    public static readonly (string Text, string Effect)[] NotScored =
    [
        ("Vi nåede kun en kort udgave i dag, fordi {n} var træt.", "Ikke vurderet: for kort forløb til en vurdering."),
        ("Ny medarbejder på vagt, som ikke kender {n} godt endnu. Arbejdet blev gjort sammen med en kollega.", "Ikke vurderet: medarbejderen kunne ikke vurdere støttebehovet sikkert."),
        ("Situationen blev afbrudt af uro i huset, og vi startede forfra senere.", "Ikke vurderet: forløbet blev afbrudt."),
    ];

    public static readonly DemoResidentNote[] ResidentNotes =
    [
        new("Hverdag", "Observation", "sundhed", "sundhed", "{n} sov uroligt og var oppe to gange i nat. Virkede træt ved morgenmaden."),
        new("Hverdag", "Observation", "foelelser", "sundhed", "God morgen. {n} spiste hele morgenmaden og var i godt humør."),
        new("Hverdag", "Hændelse", "foelelser", "indflydelse", "{n} blev ked af det, da planen for eftermiddagen blev ændret. Faldt til ro efter en gåtur med en voksen."),
        new("Hverdag", "Hændelse", "foelelser", "socialt", "Uenighed med en anden beboer om fjernbetjeningen. {n} gik selv ind på værelset og kom ud igen efter ti minutter."),
        new("Hverdag", "Samtale", "indflydelse", "indflydelse", "Samtale om weekendens plan. {n} ønsker at tage i svømmehallen lørdag."),
        new("Hverdag", "Observation", "selvstaendighed", "egenomsorg", "{n} ryddede selv op på værelset efter aftensmaden uden at blive bedt om det."),
        new("Skole/dagtilbud", "Samarbejde", "skole", null, "Kort telefonsamtale med skolen: {n} har haft en god uge og deltaget i alle timer.", Adults: false),
        new("Skole/dagtilbud", "Observation", "skole", null, "{n} kom glad hjem fra skole og fortalte om en tur i skoven med klassen.", Adults: false),
        new("Skole/dagtilbud", "Samarbejde", null, "samfund", "Værkstedet ringede: {n} har været stabil og mødt til tiden hele ugen.", Children: false),
        new("Skole/dagtilbud", "Observation", null, "samfund", "{n} kom træt hjem fra værkstedet og ville hvile på værelset før aftensmaden.", Children: false),
        new("Sundhed", "Observation", "sundhed", "sundhed", "{n} klagede over ondt i maven efter frokost. Drak vand og hvilede; bedre ved aftensmaden."),
        new("Sundhed", "Samarbejde", "sundhed", "sundhed", "Tandlægebesøg. {n} sad stille i stolen og fik tjekket tænderne. Ingen huller."),
        new("Sundhed", "Observation", "sundhed", "sundhed", "Let forkølet; {n} blev hjemme og hvilede om formiddagen. Ingen feber."),
        new("Familie og netværk", "Samtale", "familie", "socialt", "{n} talte i telefon med sin familie og fortalte om ugen."),
        new("Familie og netværk", "Hændelse", "familie", "socialt", "{n} fik besøg af familien. De drak kakao og gik en tur i haven."),
        new("Fritid", "Observation", "fritid", "socialt", "{n} spillede fodbold med to af de andre i haven i en halv time."),
        new("Fritid", "Observation", "fritid", "socialt", "Filmaften i opholdsstuen. {n} valgte selv filmen og så den hele."),
        new("Fritid", "Hændelse", "venskab", null, "{n} legede med et af de andre børn i sandkassen og delte skovlen uden hjælp.", Adults: false),
        new("Fritid", "Observation", null, "socialt", "{n} var med til banko i fælleshuset og vandt en plade chokolade.", Children: false),
    ];

    /// <summary>Internal working notes of the staff (not part of what the citizen reads by default).</summary>
    public static readonly string[] InternalNotes =
    [
        "Intern note: aftalt i teamet, at vi bruger samme formulering om aftenen, når {n} skal i seng.",
        "Intern note: husk at opdatere billedskemaet, når skemaet ændres efter ferien.",
        "Teammøde: vi giver {n} to valgmuligheder i stedet for tre ved måltiderne og ser, om det giver mere ro.",
        "Intern note: ny medarbejder er introduceret til {ns} morgenrutine og billedguiden.",
    ];

    /// <summary>What a "Manglende arbejde med delmål" note says, by its reason.</summary>
    public static string MissingWorkText(MissingWorkReason reason) => reason switch
    {
        MissingWorkReason.CitizenIll => "{n} var syg med feber og blev i sengen. Arbejdet med delmålet blev ikke gjort.",
        MissingWorkReason.Staffing => "Kun to medarbejdere på vagt pga. sygdom; vi nåede ikke arbejdet med delmålet.",
        MissingWorkReason.CitizenDeclined => "{n} sagde tydeligt nej i dag og ville hellere se tv. Vi respekterede det og prøver igen i morgen.",
        MissingWorkReason.ActivityCancelled => "Aktiviteten blev aflyst, fordi bussen ikke kørte.",
        MissingWorkReason.CitizenAway => "{n} var hjemme på weekend hos familien.",
        _ => "Brandøvelse i huset om eftermiddagen; arbejdet med delmålet blev udskudt til i morgen.",
    };

    public static readonly MissingWorkReason[] MissingWorkReasons =
    [
        MissingWorkReason.CitizenIll, MissingWorkReason.Staffing, MissingWorkReason.CitizenDeclined,
        MissingWorkReason.ActivityCancelled, MissingWorkReason.CitizenAway, MissingWorkReason.Other,
    ];

    public const string PlanMeetingNote =
        "Planmøde med {n} og kontaktteamet: vi talte om, hvad {n} gerne vil blive bedre til, og hvad der er svært. Forslag til mål skrives ind i planen.";

    public const string PauseNote =
        "Delmålet »{delmaal}« sættes på pause i to uger, mens {n} vænner sig til ny medicin. Aftalt på teammødet.";

    public const string ResumeNote =
        "Delmålet »{delmaal}« genoptages efter pausen. {n} er faldet godt til ro igen.";

    public static readonly string[] ChildPerspectives =
    [
        "{n} vil gerne kunne mere selv og have en ven at lege med.",
        "{n} siger, at skolen er svær om morgenen, men at frikvartererne er sjove.",
        "{n} ønsker at se sin familie oftere og at gå til fodbold.",
    ];

    public static readonly string[] AdultPerspectives =
    [
        "{n} vil gerne klare mere selv i lejligheden og komme mere ud.",
        "{n} ønsker at bestemme mere selv, fx hvad der skal spises, og hvornår {han} skal i bad.",
        "{n} siger, at det vigtigste er arbejdet på værkstedet og at have penge til weekenden.",
    ];

    public const string ChildParticipation =
        "Planen er lavet sammen med {n} ud fra billeder og en samtale på {hans} værelse. Forældremyndighedsindehaverne er hørt og har kommenteret forslagene.";

    public const string AdultParticipation =
        "{n} var med til at formulere målene ved et møde med kontaktpersonen. Pårørende og eventuel værge er orienteret.";

    /// <summary>Methods from the offer catalogue (OfferDefaults.Methods) and how they are practised.</summary>
    public static readonly (string Name, string How)[] Methods =
    [
        ("TEACCH – struktur og visualisering", "Billedskema på værelset og i køkkenet; dagen gennemgås hver morgen."),
        ("Low arousal", "Rolig tone og få ord, når {n} bliver presset; vi giver plads og trækker os lidt."),
        ("KRAP – kognitiv, ressourcefokuseret og anerkendende pædagogik", "Vi tager udgangspunkt i det, {n} lykkes med, og bruger skalaspørgsmål."),
        ("Totalkommunikation", "Tale, tegn og billeder samtidig; appen er altid med."),
    ];

    public static string Fill(string template, DemoPerson person) => template
        .Replace("{ns}", person.Genitive, StringComparison.Ordinal)
        .Replace("{n}", person.FirstName, StringComparison.Ordinal)
        .Replace("{han}", person.Male ? "han" : "hun", StringComparison.Ordinal)
        .Replace("{ham}", person.Male ? "ham" : "hende", StringComparison.Ordinal)
        .Replace("{hans}", person.Male ? "hans" : "hendes", StringComparison.Ordinal);
}

/// <summary>The citizen as the phrases name them.</summary>
internal sealed record DemoPerson(string FirstName, bool Male)
{
    /// <summary>Danish genitive: "Emils", but "Niels'" and "Max'".</summary>
    public string Genitive => FirstName.EndsWith('s') || FirstName.EndsWith('x') || FirstName.EndsWith('z') ? FirstName + "'" : FirstName + "s";
}
