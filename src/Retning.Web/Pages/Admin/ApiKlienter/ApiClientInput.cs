using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.ApiClients;

namespace Retning.Web.Pages.Admin.ApiKlienter;

/// <summary>The administrator's form for an API client: name, description, departments, rights and expiry.</summary>
public sealed class ApiClientInput
{
    [Required(ErrorMessage = "Skriv klientens navn.")]
    [TextLimit(ApiClient.MaxName)]
    public string? Name { get; set; }

    [TextLimit(ApiClient.MaxDescription)]
    public string? Description { get; set; }

    public List<Guid> DepartmentIds { get; set; } = [];

    public bool Read { get; set; }
    public bool Write { get; set; }
    public bool Text { get; set; }

    /// <summary>Bound so an error can sit at the rights' fieldset; never posted.</summary>
    public string? Rights { get; set; }

    [Display(Name = "Udløber den")]
    public DateOnly? ExpiresOn { get; set; }

    public int Version { get; set; }

    public ApiRights RightsValue =>
        (Read ? ApiRights.Read : ApiRights.None) | (Write ? ApiRights.Write : ApiRights.None) | (Text ? ApiRights.Text : ApiRights.None);

    public IReadOnlyList<FieldError> Check(IReadOnlyCollection<Guid> knownDepartments, DateOnly today)
    {
        var errors = ApiClientRules.Check(FormText.Clean(Name), DepartmentIds.Count, RightsValue, ExpiresOn, today).ToList();
        if (DepartmentIds.Any(d => !knownDepartments.Contains(d)))
        {
            errors.Add(new FieldError(nameof(DepartmentIds), "En valgt afdeling findes ikke længere. Vælg igen."));
        }

        return errors;
    }

    public void ApplyTo(ApiClient client)
    {
        client.Name = FormText.Clean(Name)!;
        client.Description = FormText.Clean(Description);
        client.Rights = RightsValue;
        client.ExpiresOn = ExpiresOn!.Value;
        var wanted = DepartmentIds.Distinct().ToHashSet();
        client.Departments.RemoveAll(d => !wanted.Contains(d.DepartmentId));
        foreach (var id in wanted.Where(id => client.Departments.All(d => d.DepartmentId != id)))
        {
            client.Departments.Add(new ApiClientDepartment { ApiClientId = client.Id, DepartmentId = id });
        }
    }

    public static ApiClientInput From(ApiClient client) => new()
    {
        Name = client.Name,
        Description = client.Description,
        DepartmentIds = [.. client.Departments.Select(d => d.DepartmentId)],
        Read = client.Rights.HasFlag(ApiRights.Read),
        Write = client.Rights.HasFlag(ApiRights.Write),
        Text = client.Rights.HasFlag(ApiRights.Text),
        ExpiresOn = client.ExpiresOn,
        Version = client.Version,
    };

    /// <summary>Every department as "Offer – Department", in that order.</summary>
    public static async Task<List<SelectListItem>> DepartmentChoicesAsync(AppDbContext db, CancellationToken ct) =>
        // The id is formatted here, not in SQL: SQLite would write it in capitals.
        [.. (await db.Departments.AsNoTracking()
                .OrderBy(d => d.Offer!.Name).ThenBy(d => d.Name)
                .Select(d => new { d.Id, Text = d.Offer!.Name + " – " + d.Name })
                .ToListAsync(ct))
            .Select(d => new SelectListItem(d.Text, d.Id.ToString()))];

    /// <summary>The audit detail's facts of a client as the form shows them.</summary>
    public static string Describe(ApiClient client, IEnumerable<SelectListItem> departments)
    {
        var names = departments.Where(d => client.Departments.Any(x => x.DepartmentId.ToString() == d.Value)).Select(d => d.Text);
        return $"{string.Join(", ", names)}; ret: {client.Rights.Danish()}; udløber {client.ExpiresOn.ToDanishDate()}";
    }
}
