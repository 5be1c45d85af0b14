using System.Text.RegularExpressions;

namespace Retning.Domain.Plans;

/// <summary>
/// The phrasings the SMORT assistant looks for. Kept apart from the rules so the lists can
/// grow from what staff actually write. Patterns are matched on lower-cased text.
/// </summary>
internal static partial class SmortPhrases
{
    /// <summary>Something to avoid rather than achieve (O: "noget man vil undgå, ikke noget man vil opnå").</summary>
    [GeneratedRegex(@"\b(ikke|undgå\w*|aldrig|stoppe?r? med|holde?r? op med|ophøre\w*|slipper for|uden at|mindre|færre|ingen)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex Avoidance();

    /// <summary>Vague, purpose-like wording (S/M: "har karakter af et formål").</summary>
    [GeneratedRegex(@"\b(blive[r]? mere|blive[r]? bedre|få[r]? det bedre|mere selvstændig\w*|selvhjulpen\w*|trives?|trivsel|udvikle[r]? sig|øget livskvalitet|livskvalitet|i højere grad|højere grad af|i mindre grad|generelt|helhed\w*|får et godt liv|et godt liv)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex Vague();

    /// <summary>A concrete action the citizen does (deltager, smører, tager bussen …).</summary>
    [GeneratedRegex(@"\b(deltage[r]?|smøre[r]?|tage[r]?|går|gå|kører?|cykle[r]?|bruge[r]?|vaske[r]?|rydde[r]? op|rengør\w*|lave[r]?|handle[r]?|betale[r]?|ringe[r]?|skrive[r]?|læse[r]?|spise[r]?|klæde[r]? (sig )?på|tage[r]? tøj på|børste[r]?|dække[r]?|hjælpe[r]?|møde[r]? op|fortælle[r]?|sige[r]?|bede[r]?|vælge[r]?|planlægge[r]?|følge[r]?|passe[r]?|lægge[r]?|hente[r]?|sætte[r]?|bade[r]?|tisse[r]?|sove[r]?|falde[r]? i søvn|give[r]? udtryk|udtrykke[r]?|pege[r]?|vise[r]?|kommunikere[r]?|hilse[r]?|invitere[r]?|besøge[r]?|træne[r]?|svømme[r]?|spille[r]?|øve[r]?)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex Action();

    /// <summary>How often or how much: a frequency, a count, a time or a place (makes a result observable).</summary>
    [GeneratedRegex(@"(\b\d+\b|\b(en|én|to|tre|fire|fem|seks|syv|otte|ni|ti) (gang|gange|dag|dage|uge|uger|minut\w*|timer?)\b|\bhver\b|\balle\b|\bhele\b|\bhalvdelen\b|\bdagligt?\b|\bugentligt?\b|\bmånedligt?\b|\bom (morgenen|aftenen|eftermiddagen|dagen)\b|\bi (weekenden|skolen|hjemmet|bussen)\b|\bsammen med\b|\bselv\b|\bpå egen hånd\b|\bmed (støtte|hjælp|guidning)\b|\buden (støtte|hjælp|guidning)\b)", RegexOptions.CultureInvariant)]
    internal static partial Regex Frequency();
}
