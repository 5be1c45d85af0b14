namespace Retning.Domain.Organisation;

/// <summary>The area an offer serves; it decides which plan template is expected.</summary>
public enum Area
{
    Children = 1,
    Adults = 2,
}

public static class AreaText
{
    public static string Danish(this Area area) => area switch
    {
        Area.Children => "Børn og unge",
        Area.Adults => "Voksne",
        _ => area.ToString(),
    };
}
