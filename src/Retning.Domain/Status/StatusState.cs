namespace Retning.Domain.Status;

/// <summary>Where a status report is in its workflow (docs/domain.md, "Status reports": drafted by the contact team, "sparring" from colleagues, approved by the department head, sent, journalised).</summary>
public enum StatusState
{
    /// <summary>The contact team writes it.</summary>
    Draft = 1,

    /// <summary>Colleagues are asked for feedback (comments on sections); still editable.</summary>
    Feedback = 2,

    /// <summary>Waiting for the department head's approval; not editable.</summary>
    AwaitingApproval = 3,

    /// <summary>Approved and frozen as a revision; may be sent.</summary>
    Approved = 4,

    /// <summary>Sent to the municipality (recorded in the disclosure log).</summary>
    Sent = 5,

    /// <summary>Journalised; the case is closed.</summary>
    Journalised = 6,
}

public static class StatusStateText
{
    public static string Danish(this StatusState state) => state switch
    {
        StatusState.Draft => "Kladde",
        StatusState.Feedback => "Til sparring",
        StatusState.AwaitingApproval => "Til godkendelse",
        StatusState.Approved => "Godkendt",
        StatusState.Sent => "Sendt",
        StatusState.Journalised => "Journaliseret",
        _ => state.ToString(),
    };

    /// <summary>Sections and goals can be changed only before approval is asked for.</summary>
    public static bool IsEditable(this StatusState state) => state is StatusState.Draft or StatusState.Feedback;
}
