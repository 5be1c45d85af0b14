namespace Retning.Domain.Plans;

/// <summary>
/// The templates Retning ships. Offers get copies they can edit (sub-headings and help texts);
/// the theme lists follow the providers' guidelines (ICS children 10 themes, the adult adaptation 8 themes)
/// and Fælles Faglige Begreber (VUM 2.0, 11 themes).
/// </summary>
public static class TemplateCatalog
{
    public static IReadOnlyList<TemplateTheme> Themes(TemplateKind kind) => kind switch
    {
        TemplateKind.Ics => Ics(),
        TemplateKind.Vum => Vum(),
        TemplateKind.Ffb => Ffb(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Name(TemplateKind kind) => kind switch
    {
        TemplateKind.Ics => "ICS – børn og unge",
        TemplateKind.Vum => "VUM – voksne",
        TemplateKind.Ffb => "VUM 2.0 – Fælles Faglige Begreber",
        _ => kind.ToString(),
    };

    private static List<TemplateTheme> Ics() => Build(
        ("sundhed", "Sundhedsforhold", "Barnets fysiske og psykiske helbred, diagnoser, medicin, søvn, kost og kontakt til læge og behandlere."),
        ("kommunikation", "Kommunikationsforhold", "Hvordan barnet udtrykker sig og forstår andre: sprog, tegn, billeder, hjælpemidler."),
        ("indflydelse", "Indflydelse på eget liv", "Hvordan barnet er med til at træffe valg i hverdagen og i planen, ud fra sine forudsætninger."),
        ("foelelser", "Følelses- og adfærdsmæssige forhold", "Barnets følelsesliv, reaktioner og adfærd, og hvad der hjælper barnet til ro og trivsel."),
        ("identitet", "Identitetsforhold", "Barnets selvopfattelse, kultur, seksualitet og oplevelse af at høre til."),
        ("selvstaendighed", "Selvstændighedsforhold", "Hvad barnet selv kan i hverdagen: påklædning, hygiejne, måltider, transport, og hvad barnet skal have støtte til."),
        ("skole", "Skoleforhold", "Skolegang, dagtilbud eller uddannelse: trivsel, læring, fremmøde og samarbejde med skolen."),
        ("fritid", "Fritidsforhold", "Interesser, fritidsaktiviteter og hvad barnet kan lide at lave."),
        ("venskab", "Venskabsforhold", "Relationer til jævnaldrende, venskaber og sociale fællesskaber."),
        ("familie", "Familieforhold", "Relationer til forældre, søskende og netværk, samvær og samarbejde med familien."));

    private static List<TemplateTheme> Vum() => Build(
        ("sundhed", "Sundhed og trivsel", "Fysisk og psykisk helbred, medicin, søvn, kost, motion og kontakt til sundhedsvæsenet."),
        ("kommunikation", "Kommunikation", "Hvordan borgeren udtrykker sig og forstår andre, og hvilke hjælpemidler der bruges."),
        ("indflydelse", "Indflydelse på eget liv", "Borgerens muligheder for at træffe valg og tage del i beslutninger om eget liv og egen plan."),
        ("socialt", "Socialt liv", "Relationer til familie, venner og netværk, fællesskaber og fritid."),
        ("mobilitet", "Mobilitet", "At bevæge sig rundt inde og ude, bruge transportmidler og hjælpemidler."),
        ("egenomsorg", "Egenomsorg", "Personlig hygiejne, påklædning, spisning og at passe på egen sundhed."),
        ("praktisk", "Praktiske opgaver", "Madlavning, indkøb, rengøring, tøjvask og økonomi i hverdagen."),
        ("samfund", "Samfundsliv", "Uddannelse, beskæftigelse, økonomi, bolig og kontakt med myndigheder."));

    private static List<TemplateTheme> Ffb() => Build(
        ("fysisk", "Fysiske funktioner", "Kroppens funktioner, fx syn, hørelse, smerter, udholdenhed og bevægeapparat."),
        ("mental", "Mentale funktioner", "Hukommelse, opmærksomhed, orientering, følelsesmæssige og intellektuelle funktioner."),
        ("sociale-forhold", "Sociale forhold", "Borgerens sociale situation, netværk og livsomstændigheder."),
        ("sundhed", "Sundhedsforhold", "Helbred, sygdomme, medicin og kontakt til sundhedsvæsenet."),
        ("egenomsorg", "Egenomsorg", "Personlig hygiejne, påklædning, spisning og at passe på egen sundhed."),
        ("praktisk", "Praktiske opgaver", "Indkøb, madlavning, rengøring, tøjvask og andre huslige opgaver."),
        ("mobilitet", "Mobilitet", "At bevæge sig rundt, skifte stilling, færdes ude og bruge transportmidler."),
        ("kommunikation", "Kommunikation", "At forstå og udtrykke sig, samtale og bruge kommunikationsmidler."),
        ("samfund", "Samfundsliv", "Uddannelse, arbejde, økonomi og deltagelse i samfundslivet."),
        ("relationer", "Relationer", "Relationer til familie, venner og andre, og at indgå i sociale sammenhænge."),
        ("omgivelser", "Omgivelser", "Bolig, hjælpemidler, støtte fra netværk og de fysiske og sociale omgivelser."));

    private static List<TemplateTheme> Build(params (string Key, string Name, string Help)[] themes) =>
        themes.Select((t, i) => new TemplateTheme
        {
            Key = t.Key,
            Name = t.Name,
            Order = i + 1,
            HelpText = t.Help,
            ResourcesHelp = "Hvad borgeren kan, og hvad der lykkes – med borgerens egne ord, hvor det er muligt.",
            ChallengesHelp = "Hvad der er svært, og i hvilke situationer.",
            SupportNeedHelp = "Hvilken støtte og indsats borgeren har brug for, og hvor meget.",
        }).ToList();
}
