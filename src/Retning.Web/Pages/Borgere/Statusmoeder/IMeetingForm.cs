namespace Retning.Web.Pages.Borgere.Statusmoeder;

/// <summary>A page with the meeting form (new and existing meeting share the fields partial).</summary>
public interface IMeetingForm
{
    MeetingInput Input { get; }
}
