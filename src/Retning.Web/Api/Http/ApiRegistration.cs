namespace Retning.Web.Api.Http;

/// <summary>The API's services and endpoints: one call each from ServiceRegistration (docs/adr/0020-api-contract.md).</summary>
public static class ApiRegistration
{
    public const string Prefix = "/api/v1";

    public static IServiceCollection AddRetningApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        services.AddScoped<ApiIdempotency>();
        services.AddScoped<Diary.NoteCreation>();
        services.AddScoped<Services.Fhir.FhirPlanSource>();
        services.AddOpenApi(ApiOpenApi.DocumentName, ApiOpenApi.Configure);
        return services;
    }

    public static WebApplication MapRetningApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi(ApiOpenApi.Route).AllowAnonymous();
        Reference.ApiReferencePage.MapApiReference(app); // /api-reference: the document drawn by Scalar, served offline
        var v1 = app.MapGroup(Prefix).RequireAuthorization(Auth.ApiPolicies.Read)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            // Every call counts against the caller's rate limit (Auth/ApiRateLimiting): declared, so a generated client reads the problem.
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        Auth.MeEndpoint.Map(v1);
        Citizens.CitizenEndpoints.Map(v1);
        Diary.NoteReadEndpoints.Map(v1);
        Plan.PurposeEndpoints.Map(v1);
        Plan.PlanEndpoints.Map(v1);
        Plan.EvaluationEndpoints.Map(v1);
        Plan.DeadlineEndpoints.Map(v1);
        Fhir.FhirEndpoints.Map(v1);
        Diary.NoteWriteEndpoints.Map(v1.MapGroup(string.Empty).RequireAuthorization(Auth.ApiPolicies.Write));
        Reports.StatusReportEndpoints.Map(v1);
        Reports.StatusReportFileEndpoints.Map(v1);
        // The figures follow the management pages' rule, not citizen access: the sector management reads them, a care worker does not.
        Insight.InsightEndpoints.Map(app.MapGroup(Prefix).RequireAuthorization(Insight.InsightEndpoints.ReaderPolicy())
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden));
        return app;
    }
}
