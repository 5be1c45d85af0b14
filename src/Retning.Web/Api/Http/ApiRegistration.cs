using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

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
        services.AddOpenApi(ApiOpenApi.DocumentName, ApiOpenApi.Configure);
        // A staff session calls the API with its login cookie; an anonymous call gets 401, not the login page's redirect.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            var toLogin = options.Events.OnRedirectToLogin;
            options.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments(ApiResponseMiddleware.Root, StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                }

                return toLogin(context);
            };
        });
        return services;
    }

    public static WebApplication MapRetningApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi(ApiOpenApi.Route).AllowAnonymous();
        var v1 = app.MapGroup(Prefix).RequireAuthorization(Auth.ApiPolicies.Read)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        Citizens.CitizenEndpoints.Map(v1);
        Diary.NoteReadEndpoints.Map(v1);
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
