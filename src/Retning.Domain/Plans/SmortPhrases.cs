using System.Text.RegularExpressions;

namespace Retning.Domain.Plans;

/// <summary>
/// The phrasings the SMORT assistant looks for. Kept apart from the rules so the lists can
/// grow from what staff actually write. Patterns are matched on lower-cased text.
/// </summary>
internal static partial class SmortPhrases
{
    /// <summary>
    /// Something to avoid rather than achieve (O: "noget man vil undgå, ikke noget man vil opnå"),
    /// including reduction ("reducerer", "færre", "mindre"). Not: "ikke-verbal", "ikke kun/blot/bare",
    /// "ingen støtte" (a level of support), "mindre grupper/opgaver/beløb" (small, not less).
    /// </summary>
    [GeneratedRegex(
        @"\b(ikke(?!-)(?! (kun|blot|bare|mindst|alene)\b)|undgå\w*|aldrig|stoppe?r? med|holde?r? op med|lade?r? være med|ophøre\w*|slipper for|uden at" +
        @"|mindre(?! (grupper|opgaver|beløb|regninger|indkøb|ture|gåture|skridt|dele|hold|børnegrupper|lokaler|portioner af)\b)" +
        @"|færre|ingen(?! (eller \w+ )?(støtte|hjælp|guidning|påmindelse\w*)\b)|reducere\w*|nedsætte\w*|nedbringe\w*|mindske\w*" +
        @"|afholde\w* sig fra|holde\w* sig fra|afstå\w* fra)\b",
        RegexOptions.CultureInvariant)]
    internal static partial Regex Avoidance();

    /// <summary>
    /// "Uden at få hjælp", "uden at blive mindet om det": independence, a result to achieve, not
    /// something to avoid. Matched at the position of an avoidance hit.
    /// </summary>
    [GeneratedRegex(
        @"\Guden at (få|have brug for|skulle have|skulle bruge|bruge|modtage|bede om|spørge om) (\w+ )?(hjælp|støtte|guidning|påmindelse\w*|hjælpemidler)\b" +
        @"|\Guden at blive (mindet|påmindet|guidet|hjulpet|hentet|fulgt)\b",
        RegexOptions.CultureInvariant)]
    internal static partial Regex Independence();

    /// <summary>
    /// A subordinate clause (condition or time) before an avoidance word in the same clause:
    /// "siger fra, når hun ikke har lyst" is about saying no, not about avoiding something.
    /// </summary>
    [GeneratedRegex(@"\b(når|hvis|fordi|selvom|selv om|så længe|mens|indtil|inden|som)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex Subordinate();

    /// <summary>Vague, purpose-like wording (S/M: "har karakter af et formål").</summary>
    [GeneratedRegex(
        @"\b(blive[r]? mere|blive[r]? bedre|få[r]? det bedre|mere selvstændig\w*|blive[r]? selvstændig\w*|selvhjulpen\w*|trives?|trivsel|udvikle[r]? sig" +
        @"|øget livskvalitet|livskvalitet|i højere grad|højere grad af|i mindre grad|generelt|helhed\w*|får et godt liv|et godt liv" +
        @"|blive[r]? god\w* til|føle[r]? sig (tryg\w*|glad|godt tilpas|hjemme|værdifuld)|opleve[r]? (tryghed|glæde|livsglæde|mestring|mening|ro|trivsel|succes\w*)" +
        @"|(har|have) det godt|styrke[sr]?|styrket|få[r]? styr på|mestre[r]? (sin|sit|sine|egen|eget|egne)\b|tilværelse\w*|omverdenen" +
        @"|en god hverdag|meningsfuld\w*|blive[r]? en del af|velbefindende|få[r]? (en |et )?bedre|klare[r]? sig selv|(er|være|blive[r]?) (mere )?aktiv)\b",
        RegexOptions.CultureInvariant)]
    internal static partial Regex Vague();

    /// <summary>A concrete action the citizen does (deltager, smører, tager bussen, varetager, køber …).</summary>
    [GeneratedRegex(
        @"\b(deltage[r]?|smøre[r]?|tage[r]?|går|gå|kører?|cykle[r]?|bruge[r]?|benytte[r]?|anvende[r]?|vaske[r]?|rydde[r]? op|rengør\w*|lave[r]?|handle[r]?|købe[r]?" +
        @"|betale[r]?|ringe[r]?|skrive[r]?|læse[r]?|spise[r]?|drikke[r]?|klæde[r]? (sig )?på|tage[r]? tøj på|børste[r]?|dække[r]?|hjælpe[r]?|møde[r]? (op|til|ind|i|på|frem)|mødes|låne[r]?" +
        @"|fortælle[r]?|sige[r]?|bede[r]?|spørge|spørger|svare[r]?|vælge[r]?|planlægge[r]?|følge[r]?|passe[r]?|lægge[r]?|hente[r]?|sætte[r]?|bade[r]?|tisse[r]?" +
        @"|sove[r]?|falde[r]? i søvn|stå[r]? op|give[r]? udtryk|udtrykke[r]?|pege[r]?|vise[r]?|kommunikere[r]?|hilse[r]?|invitere[r]?|besøge[r]?|træne[r]?" +
        @"|svømme[r]?|spille[r]?|øve[r]?|varetage[r]?|lære[r]?|sortere[r]?|overholde[r]?|sende[r]?|komme[r]?|gennemføre[r]?|udføre[r]?|tømme[r]?|rede[r]? (sin )?seng" +
        @"|koge[r]?|tilberede[r]?|bestille[r]?|aflevere[r]?|skifte[r]?|pakke[r]?|tælle[r]?|huske[r]?|tjekke[r]?|vente[r]?|lege[r]?|tegne[r]?|arbejde[r]?" +
        @"|sidde[r]?|blive[r]? (siddende|stående|i|på|hele|til|ved|indtil|hjemme)|knappe[r]?|binde[r]?|folde[r]?|gemme[r]?|spare[r]? op|skære[r]?|åbne[r]?|lukke[r]?|tænde[r]?|slukke[r]?|ryge[r]?|holde[r]?" +
        @"|opholde[r]? sig|ankomme[r]?|støvsuge[r]?|vande[r]?|løbe[r]?|danse[r]?|synge[r]?|tage[r]? imod|melde[r]? (afbud|sig|fra)|række[r]?" +
        @"|barbere[r]?|rejse[r]? sig|forlade[r]?|ringe[r]? på|skrive[r]? sms|gør rent|går i (seng|bad|skole)|laver lektier|tager (sin |sine )?medicin)\b",
        RegexOptions.CultureInvariant)]
    internal static partial Regex Action();

    /// <summary>How often or how much: a frequency, a count, a time, a place or a situation (makes a result observable).</summary>
    [GeneratedRegex(
        @"(\b\d+\b|\b(en|én|to|tre|fire|fem|seks|syv|otte|ni|ti) (gang|gange|dag|dage|uge|uger|minut\w*|timer?)\b|\bhver\b|\balle\b|\bhele\b|\bhalvdelen\b" +
        @"|\bdagligt?\b|\bugentligt?\b|\bmånedligt?\b|\bom (morgenen|aftenen|eftermiddagen|dagen|natten)\b|\bmorgen og aften\b|\bi (weekenden|skolen|hjemmet|bussen)\b" +
        @"|\b(efter|før|ved|under|til) (morgenmad\w*|frokost\w*|aftensmad\w*|måltid\w*|sengetid|skole\w*|arbejde\w*|bad\w*|spisning\w*)" +
        @"|\bsammen med\b|\bselv\b|\balene\b|\bpå egen hånd\b|\btil tiden\b|\bnår\b|\bkl\." +
        @"|\bmed (støtte|hjælp|guidning)\b|\buden (at få |at have brug for )?(støtte|hjælp|guidning|påmindelse\w*)\b|\b(ingen|let|lidt) (støtte|hjælp|guidning)\b)",
        RegexOptions.CultureInvariant)]
    internal static partial Regex Frequency();

    /// <summary>
    /// A measure stated in the text itself, so the result can be observed without a separate
    /// measure: a share ("fire ud af fem dage"), a frequency ("tre gange om ugen", "hver dag",
    /// "dagligt"), a clock time ("kl. 8"), a duration ("i 20 minutter"), a count ("mindst to"),
    /// punctuality ("til tiden") or a whole span ("hele skoledagen").
    /// </summary>
    [GeneratedRegex(
        @"\b(\d+|en|én|et|to|tre|fire|fem|seks|syv|otte|ni|ti|alle) ud af (\d+|to|tre|fire|fem|seks|syv|otte|ni|ti)\b" +
        @"|\b(\d+|en|én|et|to|tre|fire|fem|seks|syv|otte|ni|ti) (gang|gange|dag|dage|morgen\w*|aften\w*|weekend\w*|uge|uger|måltid\w*)( \w+)? (om|pr\.?|per|hver|i) (dagen|ugen|måneden|året|dag|uge|måned|weekenden)\b" +
        @"|\bhver(t|e)? (dag|morgen|aften|eftermiddag|formiddag|nat|uge|weekend|måned|hverdag|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|gang|måltid|skoledag|arbejdsdag)\w*\b" +
        @"|\b(dagligt?|ugentligt?|månedligt?|alle hverdage|alle ugens dage|morgen og aften)\b" +
        @"|\b(kl\.|klokken) ?\d" +
        @"|\b(\d+|en|et|to|tre|fire|fem|seks|ti|femten|tyve|tredive|fyrre|halvtreds|en halv|halv) (minut\w*|time\w*|kvarter\w*|sekund\w*)\b" +
        @"|\b(mindst|højst|maksimalt|minimum|maksimum) (\d+|en|én|et|to|tre|fire|fem|seks|syv|otte|ni|ti)\b" +
        @"|\btil tiden\b" +
        @"|\bhele (skoledagen|dagen|arbejdsdagen|natten|måltidet|turen|timen|ugen|aftenen|formiddagen|eftermiddagen)\b",
        RegexOptions.CultureInvariant)]
    internal static partial Regex Measure();
}
