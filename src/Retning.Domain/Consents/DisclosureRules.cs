namespace Retning.Domain.Consents;

/// <summary>A disclosure as the staff member fills it in, before it is recorded.</summary>
public sealed record DisclosureRequest
{
    public DisclosureSubject Subject { get; init; }

    /// <summary>For a status: whether the revision to send is approved (only approved statuses are sent).</summary>
    public bool StatusApproved { get; init; }

    public IReadOnlyList<string> PlanParts { get; init; } = [];
    public string? RecipientName { get; init; }

    /// <summary>The recipient's organisation, e.g. the municipality (optional).</summary>
    public string? RecipientOrganisation { get; init; }

    public DateOnly? SentOn { get; init; }
    public DisclosureChannel? Channel { get; init; }
    public DisclosureBasis? Basis { get; init; }
    public Guid? ConsentId { get; init; }
    public string? RequestParagraph { get; init; }
    public DateOnly? RequestOn { get; init; }
    public string? RequestReference { get; init; }
    public string? InformedWhom { get; init; }
    public DateOnly? InformedOn { get; init; }
    public bool? ConsentSought { get; init; }
    public bool? ConsentGiven { get; init; }

    /// <summary>A note on the disclosure (optional; never copied into the audit log).</summary>
    public string? Note { get; init; }
}

/// <summary>
/// What may leave the offer, and on what basis (docs/domain.md, "Consents and disclosures"; the regional
/// guideline on tavshedspligt and samtykke): a status may go to the municipality without consent — it is needed for the
/// municipality's decision — but the citizen or custody holder/guardian must be informed, and
/// whether consent was sought and given is recorded. The individual plan goes only with a valid
/// consent covering it, or on the municipality's recorded request under retssikkerhedsloven
/// § 11 a–c, and then only the chosen parts.
/// </summary>
public static class DisclosureRules
{
    // The longest text of each field: the form refuses more (TextLimitAttribute), the column holds no more (docs/architecture.md, "Validation").
    public const int MaxRecipient = TextLimits.Name;
    public const int MaxRequestParagraph = 10;
    public const int MaxRequestReference = TextLimits.Name;
    public const int MaxNote = 2000;

    public static readonly IReadOnlyList<string> RequestParagraphs = ["11 a", "11 b", "11 c"];

    public static IReadOnlyList<FieldError> Check(DisclosureRequest r, IReadOnlyList<Consent> consents, DateOnly today)
    {
        var problems = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(r.RecipientName))
        {
            problems.Add(new("RecipientName", "Skriv hvem det sendes til."));
        }

        if (r.SentOn is null)
        {
            problems.Add(new("SentOn", "Skriv datoen, det blev sendt."));
        }
        else if (r.SentOn > today)
        {
            problems.Add(new("SentOn", "Afsendelsen registreres, når den er sket: datoen kan ikke ligge i fremtiden."));
        }

        if (r.Channel is null)
        {
            problems.Add(new("Channel", "Vælg hvordan det blev sendt."));
        }

        if (r.Basis is null)
        {
            problems.Add(new("Basis", "Vælg grundlaget for videregivelsen."));
        }

        switch (r.Subject)
        {
            case DisclosureSubject.Status:
                if (!r.StatusApproved)
                {
                    problems.Add(new("Subject", "Kun en godkendt status kan sendes."));
                }

                Informed(r, problems);
                break;
            case DisclosureSubject.Minutes:
                Informed(r, problems);
                break;
            case DisclosureSubject.Plan:
                if (r.PlanParts.Count == 0)
                {
                    problems.Add(new("PlanParts", "Vælg de dele af planen, der er nødvendige for modtageren."));
                }

                if (r.Basis == DisclosureBasis.NecessaryForMunicipality)
                {
                    problems.Add(new("Basis", "Den individuelle plan må kun videregives med samtykke eller på kommunens anmodning efter retssikkerhedsloven § 11 a–c."));
                }

                break;
        }

        if (r.Basis == DisclosureBasis.Consent)
        {
            var consent = consents.FirstOrDefault(c => c.Id == r.ConsentId);
            var day = r.SentOn ?? today;
            if (consent is null)
            {
                problems.Add(new("ConsentId", "Vælg det samtykke, videregivelsen bygger på."));
            }
            else if (!ConsentRules.IsValidOn(consent, day))
            {
                problems.Add(new("ConsentId", $"Samtykket var ikke gyldigt {day.ToDanishDate()} (udløbet, tilbagekaldt eller endnu ikke begyndt)."));
            }
            else if (r.Subject == DisclosureSubject.Plan && consent.Scope != ConsentScope.PlanToMunicipality)
            {
                problems.Add(new("ConsentId", "Samtykket dækker ikke videregivelse af den individuelle plan."));
            }
        }

        if (r.Basis == DisclosureBasis.MunicipalRequest)
        {
            if (r.Subject != DisclosureSubject.Plan)
            {
                problems.Add(new("Basis", "Kommunens anmodning efter § 11 a–c bruges som grundlag for at videregive planen."));
            }

            if (r.RequestParagraph is null || !RequestParagraphs.Contains(r.RequestParagraph))
            {
                problems.Add(new("RequestParagraph", "Vælg bestemmelsen: retssikkerhedsloven § 11 a, b eller c."));
            }

            if (r.RequestOn is null)
            {
                problems.Add(new("RequestOn", "Skriv datoen for kommunens anmodning."));
            }
            else if (r.SentOn is { } sent && r.RequestOn > sent)
            {
                problems.Add(new("RequestOn", "Anmodningen skal ligge før afsendelsen."));
            }

            if (string.IsNullOrWhiteSpace(r.RequestReference))
            {
                problems.Add(new("RequestReference", "Skriv kommunens sagsnummer eller henvisning til anmodningen."));
            }
        }

        return problems;
    }

    /// <summary>"the citizen or custody holder/guardian must be informed: record that, and whether consent was sought and given".</summary>
    private static void Informed(DisclosureRequest r, List<FieldError> problems)
    {
        if (string.IsNullOrWhiteSpace(r.InformedWhom))
        {
            problems.Add(new("InformedWhom", "Skriv hvem der er orienteret om afsendelsen (borgeren, forældremyndighedsindehaver eller værge)."));
        }

        if (r.InformedOn is null)
        {
            problems.Add(new("InformedOn", "Skriv datoen for orienteringen."));
        }

        if (r.ConsentSought is null)
        {
            problems.Add(new("ConsentSought", "Angiv om der er søgt samtykke."));
        }
        else if (r.ConsentSought == true && r.ConsentGiven is null)
        {
            problems.Add(new("ConsentGiven", "Angiv om samtykket blev givet."));
        }
    }

    public static string Danish(this DisclosureSubject subject) => subject switch
    {
        DisclosureSubject.Status => "Status",
        DisclosureSubject.Plan => "Individuel plan (udvalgte dele)",
        DisclosureSubject.Minutes => "Referat af statusmøde",
        _ => subject.ToString(),
    };

    public static string Danish(this DisclosureBasis basis) => basis switch
    {
        DisclosureBasis.NecessaryForMunicipality => "Nødvendig for kommunens afgørelse (uden samtykke; borgeren orienteret)",
        DisclosureBasis.Consent => "Samtykke",
        DisclosureBasis.MunicipalRequest => "Kommunens anmodning efter retssikkerhedsloven § 11 a–c",
        _ => basis.ToString(),
    };

    public static string Danish(this DisclosureChannel channel) => channel switch
    {
        DisclosureChannel.SecureMail => "Sikker mail",
        DisclosureChannel.DigitalPost => "Digital Post",
        DisclosureChannel.Letter => "Brev",
        DisclosureChannel.HandedOver => "Udleveret personligt",
        DisclosureChannel.Other => "Andet",
        _ => channel.ToString(),
    };
}
