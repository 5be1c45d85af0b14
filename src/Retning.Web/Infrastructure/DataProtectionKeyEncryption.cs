using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Retning.Web.Infrastructure;

/// <summary>
/// The Data Protection keys (they protect the session and antiforgery cookies) are stored in the
/// database; with <c>DataProtection:Certificate:Path</c> (a PFX file) and <c>:Password</c> each key
/// is encrypted with that certificate before it is stored, so a copy of the database alone cannot
/// forge a session. Without it, production logs a warning at start-up (the demo still runs).
/// </summary>
public static class DataProtectionKeyEncryption
{
    public const string PathKey = "DataProtection:Certificate:Path";
    public const string PasswordKey = "DataProtection:Certificate:Password";

    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        if (configuration[PathKey] is not { Length: > 0 } path)
        {
            return builder;
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[PasswordKey]);
        // Unprotect with the certificate itself too: on Linux there is no certificate store to find it in.
        return builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }

    /// <summary>The start-up warning for a production run whose keys are stored unencrypted.</summary>
    public static void WarnWhenUnencrypted(WebApplication app)
    {
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing") && string.IsNullOrEmpty(app.Configuration[PathKey]))
        {
            app.Logger.LogWarning(
                "Data Protection keys are stored in the database unencrypted: anyone with a copy of the database can forge sessions. " +
                "Set {PathKey} (a PFX certificate) and {PasswordKey} to encrypt them at rest (see README, 'Data Protection keys').",
                PathKey, PasswordKey);
        }
    }
}
