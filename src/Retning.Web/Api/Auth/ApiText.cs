namespace Retning.Web.Api.Auth;

/// <summary>
/// Free text (a note's text, a goal's wording, an evaluation's assessment, a plan's texts) leaves only for a caller with the text
/// right: a staff member, or an API client with <c>Text</c> (docs/adr/0017-api-clients-and-tokens.md; as the FHIR
/// export's <c>includeText</c>, docs/fhir.md). Without it the fields are null and only structured data leaves.
/// </summary>
public readonly record struct ApiText(bool Allowed)
{
    public static ApiText For(CurrentUser user) => new(ApiPolicies.MayReadText(user));

    public string? Of(string? text) => Allowed ? text : null;
}
