namespace Retning.Domain.ApiClients;

/// <summary>Why a client may not call now: the rules the token endpoint and every call apply (docs/adr/0017).</summary>
public enum ApiClientState
{
    Active,
    Revoked,
    Expired,
}

public static class ApiClientRules
{
    /// <summary>The longest an administrator may let a client run before renewing it.</summary>
    public const int MaxYears = 2;

    /// <summary>Revoked wins over expired; a client is active through its expiry date (Danish date, inclusive).</summary>
    public static ApiClientState StateOn(DateTime? revokedUtc, DateOnly expiresOn, DateOnly today) =>
        revokedUtc is not null ? ApiClientState.Revoked
        : today > expiresOn ? ApiClientState.Expired
        : ApiClientState.Active;

    public static string Danish(this ApiClientState state) => state switch
    {
        ApiClientState.Active => "Aktiv",
        ApiClientState.Revoked => "Tilbagekaldt",
        ApiClientState.Expired => "Udløbet",
        _ => state.ToString(),
    };

    /// <summary>Every call needs the read right (writing and free text add to it): a client without it could call nothing.</summary>
    public const string ReadRightRequired = "Vælg læseret: uden den kan klienten ikke kalde noget, heller ikke skrive (den skal kunne læse det, den skriver om).";

    /// <summary>The input rules of the administrator's form: a name, at least one department, the read right, an expiry within <see cref="MaxYears"/>.</summary>
    public static IReadOnlyList<FieldError> Check(string? name, int departmentCount, ApiRights rights, DateOnly? expiresOn, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new FieldError("Name", "Skriv klientens navn."));
        }

        if (departmentCount == 0)
        {
            errors.Add(new FieldError("DepartmentIds", "Vælg mindst én afdeling, klienten må nå."));
        }

        if (!rights.HasFlag(ApiRights.Read))
        {
            errors.Add(new FieldError("Rights", ReadRightRequired));
        }

        if (expiresOn is not { } expiry)
        {
            errors.Add(new FieldError("ExpiresOn", "Skriv datoen, klienten udløber, fx 31.12.2026."));
        }
        else if (expiry < today)
        {
            errors.Add(new FieldError("ExpiresOn", "Udløbsdatoen skal være i dag eller senere."));
        }
        else if (expiry > today.AddYears(MaxYears))
        {
            errors.Add(new FieldError("ExpiresOn", $"En klient kan højst gælde {MaxYears} år ad gangen. Vælg en dato til og med {today.AddYears(MaxYears).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)}."));
        }

        return errors;
    }
}
