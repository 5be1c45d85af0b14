using Retning.Domain.Citizens;

namespace Retning.Domain.Status;

/// <summary>The status template: ICS for children and young people under 18, VUM from 18 (docs/domain.md, "Status reports").</summary>
public enum StatusLayout
{
    Ics = 1,
    Vum = 2,
}

public static class StatusLayoutRules
{
    /// <summary>"Status skal udarbejdes i ICS-skabelonen for børn og unge op til 18 år og i VUM-skabelonen for unge over 18 år": the age on the status date decides.</summary>
    public static StatusLayout For(DateOnly birthDate, DateOnly statusDate) =>
        AgeRules.AgeOn(birthDate, statusDate) < AgeRules.AdultAge ? StatusLayout.Ics : StatusLayout.Vum;

    public static string Danish(this StatusLayout layout) => layout switch
    {
        StatusLayout.Ics => "ICS (børn og unge under 18 år)",
        StatusLayout.Vum => "VUM (voksne fra 18 år)",
        _ => layout.ToString(),
    };
}
