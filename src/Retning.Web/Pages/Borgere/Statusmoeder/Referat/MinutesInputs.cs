using Retning.Domain.Consents;
using Retning.Domain.Plans;
using Retning.Domain.Status;

namespace Retning.Web.Pages.Borgere.Statusmoeder.Referat;

/// <summary>The minutes in the template's parts, as typed (docs/domain.md, "Status meetings and minutes": participants, discussion per agenda item, agreements, next steps).</summary>
public sealed class MinutesInput
{
    [TextLimit(MeetingRules.MaxAttendance)]
    public string? Attendance { get; set; }
    [TextLimit(MeetingRules.MaxDiscussion)]
    public string? Discussion { get; set; }
    [TextLimit(MeetingRules.MaxAgreements)]
    public string? Agreements { get; set; }
    [TextLimit(MeetingRules.MaxNextSteps)]
    public string? NextSteps { get; set; }

    /// <summary>"ja" or "nej": must the individual plan be revised after the meeting (docs/domain.md, "Status meetings and minutes")?</summary>
    [TextLimit(TextLimits.Code)]
    public string? PlanRevision { get; set; }

    [TextLimit(PlanRevisionRules.MaxText)]
    public string? PlanRevisionNote { get; set; }

    /// <summary>"ja" or "nej": did the municipality revise its action plan?</summary>
    [TextLimit(TextLimits.Code)]
    public string? ActionPlanRevised { get; set; }

    /// <summary>"ja" or "nej": did the municipality revise the purpose (then the revised purpose is asked for)?</summary>
    [TextLimit(TextLimits.Code)]
    public string? PurposeRevised { get; set; }
}

/// <summary>"Send tilbage": the department head's reason.</summary>
public sealed class ReturnInput
{
    [TextLimit(MeetingRules.MaxReason)]
    public string? Reason { get; set; }
}

/// <summary>"Registrér afsendelse til deltagerne": when and how, and who was informed (recorded as a disclosure).</summary>
public sealed class SendInput
{
    public DateOnly? SentOn { get; set; }
    public DisclosureChannel? Channel { get; set; }
    [TextLimit(MeetingRules.MaxInformedWhom)]
    public string? InformedWhom { get; set; }
    public DateOnly? InformedOn { get; set; }

    /// <summary>"ja" or "nej".</summary>
    [TextLimit(TextLimits.Code)]
    public string? ConsentSought { get; set; }

    /// <summary>"ja" or "nej"; asked only when consent was sought.</summary>
    [TextLimit(TextLimits.Code)]
    public string? ConsentGiven { get; set; }

    [TextLimit(MeetingRules.MaxSendNote)]
    public string? Note { get; set; }
}

/// <summary>"Journaliseret": the day the minutes were filed in the citizen's case.</summary>
public sealed class JournalInput
{
    public DateOnly? JournalisedOn { get; set; }
}

/// <summary>A yes/no question as radio buttons (the value "ja" or "nej"), with its error.</summary>
public sealed record YesNoField(string Name, string Label, string? Hint, string? Value, string? Error)
{
    public string Id => Name.Replace('.', '_');
}
