namespace Retning.Web.Infrastructure.Routing;

public static partial class Routes
{
    /// <summary>The guideline register (standard 1.3 step 1, indicators 1–3): guidelines, their versions, approval and acknowledgements.</summary>
    public static class Guidelines
    {
        public const string Start = "/retningslinjer";
        public const string New = "/retningslinjer/ny";

        /// <summary>The register filtered to the guidelines that apply to one offer.</summary>
        public static string ForOffer(Guid offerId) => $"/retningslinjer?tilbud={offerId}";

        /// <summary>A guideline: the version in force, the history and, for leaders, who has read it.</summary>
        public static string Guideline(Guid guidelineId) => $"/retningslinjer/{guidelineId}";

        /// <summary>The uploaded PDF/DOCX of one version, as an attachment.</summary>
        public static string Document(Guid guidelineId, Guid versionId) => $"/retningslinjer/{guidelineId}?handler=Dokument&version={versionId}";

        public static string NewVersion(Guid guidelineId) => $"/retningslinjer/{guidelineId}/ny-version";

        /// <summary>One version: a draft is edited and approved here; an approved one is read only.</summary>
        public static string Version(Guid guidelineId, Guid versionId) => $"/retningslinjer/{guidelineId}/version/{versionId}";
    }
}
