using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;
using Retning.Domain.Reminders;

namespace Retning.Web.Jobs;

/// <summary>Sends one digest by SMTP (System.Net.Mail; one connection per mail — a handful a day).</summary>
public sealed class DigestMailer(IOptions<ReminderOptions> options)
{
    public async Task SendAsync(DailyDigest digest, string toAddress, string fullName, CancellationToken ct)
    {
        var settings = options.Value;
        var smtp = settings.Smtp;
        using var message = new MailMessage(new MailAddress(smtp.From, "Retning"), new MailAddress(toAddress, fullName))
        {
            Subject = DigestRules.Subject(digest),
            Body = DigestRules.Body(digest, fullName, settings.BaseUrl.TrimEnd('/') + Routes.MyTasks),
            BodyEncoding = Encoding.UTF8,
            SubjectEncoding = Encoding.UTF8,
            IsBodyHtml = false,
            BodyTransferEncoding = System.Net.Mime.TransferEncoding.QuotedPrintable,
        };
        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)smtp.Timeout.TotalMilliseconds,
            Credentials = string.IsNullOrEmpty(smtp.UserName) ? null : new NetworkCredential(smtp.UserName, smtp.Password),
        };
        await client.SendMailAsync(message, ct);
    }
}
