using Retning.Domain.Citizens;

namespace Retning.Web.Pages.Borgere;

/// <summary>The representative form; kept as typed so a failed post shows it again.</summary>
public sealed class RepresentativeInput
{
    public Guid? Id { get; set; }
    public RepresentativeKind? Kind { get; set; }
    [TextLimit(CitizenValidation.MaxPersonName)]
    public string? Name { get; set; }
    [TextLimit(CitizenValidation.MaxRelation)]
    public string? Relation { get; set; }
    [TextLimit(CitizenValidation.MaxPhone)]
    public string? Phone { get; set; }
    [TextLimit(CitizenValidation.MaxEmail)]
    public string? Email { get; set; }
    [TextLimit(CitizenValidation.MaxAddress)]
    public string? Address { get; set; }

    /// <summary>The version the form was opened on (0 for a new representative).</summary>
    public int Version { get; set; }

    public static RepresentativeInput From(Representative r) => new()
    {
        Id = r.Id, Kind = r.Kind, Name = r.Name, Relation = r.Relation, Phone = r.Phone, Email = r.Email, Address = r.Address, Version = r.Version,
    };

    public void ApplyTo(Representative r)
    {
        r.Kind = Kind!.Value;
        r.Name = Name!.Trim();
        r.Relation = FormText.Clean(Relation);
        r.Phone = FormText.Clean(Phone);
        r.Email = FormText.Clean(Email);
        r.Address = FormText.Clean(Address);
    }

}
