using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace Retning.Web.Infrastructure;

/// <summary>
/// Retning behind a load balancer that ends TLS: X-Forwarded-For/-Proto are believed only from
/// the proxies and networks named in <c>Proxy:KnownProxies</c> / <c>Proxy:KnownNetworks</c>
/// (besides loopback), so cookies get <c>Secure</c> and links the right scheme; from any other
/// address the headers are ignored. Outside Development and Testing every cookie is
/// <c>Secure</c> whatever the request says.
/// </summary>
public static class ProxySettings
{
    public const string Section = "Proxy";

    public static void AddRetningProxy(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(IPNetwork.Parse(network));
            }
        });

        var relaxed = environment.IsDevelopment() || environment.IsEnvironment("Testing");
        services.Configure<CookiePolicyOptions>(options =>
            options.Secure = relaxed ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);
    }
}
