using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Infrastructure;

/// <summary>With a certificate configured, the Data Protection keys are stored encrypted, and login still works.</summary>
public sealed class KeyEncryptionTests
{
    [Fact]
    public async Task With_a_configured_certificate_the_stored_keys_hold_no_clear_master_key_and_login_works()
    {
        var folder = Directory.CreateTempSubdirectory("retning-dp-");
        try
        {
            var pfx = Path.Combine(folder.FullName, "keys.pfx");
            const string password = "test-certifikat-kode";
            using (var rsa = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=Retning Data Protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
                await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, password), TestContext.Current.CancellationToken);
            }

            await using var own = await AppFixture.StartAsync(new Dictionary<string, string?>
            {
                ["DataProtection:Certificate:Path"] = pfx,
                ["DataProtection:Certificate:Password"] = password,
            });

            using var anne = await BrowserlessClient.SignedInAsync(own.App, DemoUsers.Anne);
            Assert.Equal(HttpStatusCode.OK, (await anne.GetAsync("/borgere")).StatusCode);

            await using var db = own.App.CreateSystemDbContext();
            var keys = await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync(TestContext.Current.CancellationToken);
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
                Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
