using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Retning.Web.Api.Http;
using Retning.Data.Identity;

namespace Retning.Web;

public static class ServiceRegistration
{
    public static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static WebApplicationBuilder AddRetning(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSingleton(TimeProvider.System);
        services.AddRetningDatabase(DatabaseSettings.From(configuration));
        services.AddScoped<CurrentUser>();
        services.AddSingleton<GrantsCache>();
        services.AddScoped<ICitizenScope, HttpCitizenScope>();
        services.AddScoped<AuditLog>();
        // Reads' audit rows of concurrent requests share one durable commit (docs/adr/0013).
        services.AddSingleton<Retning.Data.Audit.AuditGroupCommit>();
        services.AddScoped<CitizenAccessService>();
        services.AddScoped<Services.Plans.PlanService>();
        services.AddScoped<Services.Diary.DiaryFigures>();
        services.AddSingleton<Services.Insight.InsightReader>();
        services.AddSingleton<Services.Insight.InsightCache>();
        services.AddHostedService<Jobs.InsightRefreshJob>();
        services.AddScoped<Services.Tasks.TaskLoader>();
        services.AddScoped<Services.Status.StatusService>();
        services.Configure<Services.Status.StatusOptions>(configuration.GetSection(Services.Status.StatusOptions.Section));
        services.AddScoped<Services.Tasks.UserTasks>();
        services.AddScoped<Services.Tasks.MyTasks>();
        // The quality work's tasks: one IQualityTaskSource per kind (guidelines, rounds, improvement actions).
        services.AddScoped(sp => Services.Quality.QualityTasks.On(sp.GetRequiredService<AppDbContext>()));
        services.AddScoped<Services.Quality.RoundReportReader>();
        services.AddScoped<Services.Quality.ImprovementFigures>();
        services.AddScoped<Services.Disclosures.DisclosureRecorder>();
        services.AddScoped<Services.Vocabulary.FfbCodeLookup>();
        services.AddMemoryCache(); // the header's count of my overdue tasks
        services.Configure<Jobs.ReminderOptions>(configuration.GetSection(Jobs.ReminderOptions.Section));
        services.AddSingleton<Jobs.DigestMailer>();
        services.AddSingleton<Jobs.DailyDigestRun>();
        if (configuration.GetValue($"{Jobs.ReminderOptions.Section}:Enabled", true))
        {
            services.AddHostedService<Jobs.DailyDigestJob>();
        }

        services.Configure<Jobs.RetentionOptions>(configuration.GetSection(Jobs.RetentionOptions.Section));
        services.AddSingleton<Jobs.RetentionRun>();
        if (configuration.GetValue($"{Jobs.RetentionOptions.Section}:Enabled", true))
        {
            services.AddHostedService<Jobs.RetentionJob>();
        }

        services.Configure<Jobs.AuditOptions>(configuration.GetSection(Jobs.AuditOptions.Section));
        services.AddSingleton<Jobs.AuditHeadExportRun>();
        if (configuration.GetSection(Jobs.AuditOptions.Section).Get<Jobs.AuditOptions>() is { ExportsHead: true })
        {
            services.AddHostedService<Jobs.AuditHeadExportJob>();
        }
        services.AddHttpContextAccessor();

        // PDF = the print view printed by headless Chromium; one printer (it limits concurrent Chromiums),
        // made by the container so the container also disposes it.
        var pdf = configuration.GetSection("Pdf").Get<Retning.Documents.Pdf.PdfPrinterOptions>() ?? new Retning.Documents.Pdf.PdfPrinterOptions();
        services.AddSingleton<Retning.Documents.Pdf.IPdfPrinter>(_ => new Retning.Documents.Pdf.ChromiumPdfPrinter(pdf));

        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Security:MaxFailedLogins", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Security:LockoutMinutes", 15));
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            // Replaces the default authenticator provider: a TOTP code is accepted once.
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddErrorDescriber<DanishIdentityErrorDescriber>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options => SessionPolicy.Configure(options, configuration));
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));

        // Keys in the database: a restart or a second web instance logs nobody out.
        services.AddDataProtection().SetApplicationName("Retning").PersistKeysToDbContext<AppDbContext>()
            .ProtectKeysWithConfiguredCertificate(configuration);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(Policies.SignedIn())
            .AddPolicy(Policies.Administrator, Policies.AdministratorPolicy())
            .AddPolicy(Policies.AuditReader, Policies.AuditReaderPolicy())
            .AddPolicy(Policies.Staff, Policies.StaffPolicy())
            .AddPolicy(Policies.FigureReader, Policies.FigureReaderPolicy());
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, CurrentUserRequirementHandler>();
        // API clients, tokens, rate limits (docs/adr/0017).
        Api.Auth.ApiAuthRegistration.AddRetningApiAuth(services, configuration, builder.Environment);

        services.AddRazorPages(options =>
            {
                options.Conventions.AllowAnonymousToPage("/LogInd/Index");
                options.Conventions.AllowAnonymousToPage("/LogInd/ToFaktor");
                options.Conventions.AllowAnonymousToFolder("/Fejl");
            })
            .AddMvcOptions(options =>
            {
                DanishModelBinding.Configure(options.ModelBindingMessageProvider);
                // Every required field says so in Danish with its own attribute; the implicit English one is never shown.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                // A create form's POST runs once per form key ([Idempotent] handlers).
                options.Filters.Add<Infrastructure.Idempotency.IdempotencyFilter>();
            })
            // Validation happens on the server only; no data-val attributes in the HTML.
            .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false);
        // TempData's cookie is capped, so no message can make a cookie that locks users out.
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.CookieTempDataProvider>();
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataProvider, CappedTempDataProvider>();
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        // A long text reaches its field (and comes back with a message); only a body over the cap is refused (TypedInputMiddleware).
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o =>
        {
            o.ValueLengthLimit = (int)TypedInputMiddleware.MaxBodyBytes;
            o.MultipartBodyLengthLimit = TypedInputMiddleware.MaxBodyBytes;
        });
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = TypedInputMiddleware.MaxBodyBytes);
        services.AddAntiforgery(o => o.Cookie.Name = "Retning.Antiforgery");
        services.AddRetningProxy(configuration, builder.Environment);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        Api.Http.ApiRegistration.AddRetningApi(services); // /api/v1 and its OpenAPI document (docs/adr/0020)
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Danish);
            o.SupportedCultures = [Danish];
            o.SupportedUICultures = [Danish];
            o.RequestCultureProviders.Clear();
        });
        return builder;
    }

    public static WebApplication UseRetning(this WebApplication app)
    {
        // First: the scheme and client address as the load balancer saw them (known proxies only), then Secure cookies.
        app.UseForwardedHeaders();
        app.UseCookiePolicy();
        DataProtectionKeyEncryption.WarnWhenUnencrypted(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fejl");
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRequestLocalization();
        app.UseStatusCodePagesWithReExecute("/fejl/{0}");
        app.UseMiddleware<Api.Http.ApiResponseMiddleware>(); // problem details, never the HTML error page, under /api
        app.UseMiddleware<TypedInputMiddleware>();
        app.UseStaticFiles();
        app.UseMiddleware<RequestConnectionMiddleware>(); // one connection per request (ADR 0012)
        app.UseRouting();
        Api.Auth.ApiRateLimiting.UseTokenRateLimiter(app); // /api/token answers inside authentication
        app.UseAuthentication();
        Api.Auth.ApiAuthRegistration.UseRetningApiCaller(app); // a bearer token's API client (docs/adr/0017)
        app.UseMiddleware<CurrentUserMiddleware>();
        app.UseMiddleware<DeniedAccessLoggingMiddleware>();
        app.UseMiddleware<TwoFactorRequirementMiddleware>();
        app.UseRateLimiter(); // per caller under /api only
        app.UseAuthorization();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapRazorPages();
        app.MapRetningApi();
        return app;
    }
}
