using System.Text.RegularExpressions;

namespace Retning.Domain.Audit;

/// <summary>
/// A search term as it may be stored in an audit row: a CPR number typed into it keeps only its birth-date part
/// ("010203-xxxx"), so the log never holds a full CPR number (the audit log is kept for years and shown to leaders).
/// </summary>
public static partial class AuditSearchTerm
{
    /// <summary>The term with every run of six digits followed by more digits (a CPR number, whole or partly typed) masked.</summary>
    public static string? Masked(string? term) =>
        term is null ? null : CprLike().Replace(term, m => m.Groups["birth"].Value + "-xxxx");

    /// <summary>Six digits (DDMMYY), an optional dash or space, then at least one more digit; not inside a longer number.</summary>
    [GeneratedRegex(@"(?<!\d)(?<birth>\d{6})[-\s]?\d+", RegexOptions.CultureInvariant)]
    private static partial Regex CprLike();
}
