namespace Retning.Interop.Fhir;

/// <summary>
/// The canonical URLs of KL's FFB reporting profiles (hl7dk/kl-ffb-reporting 1.0.0, canonical
/// http://fhir.kl.dk/ffbreporting) and the codes the profiles fix themselves. Only codes a profile
/// states as fixed live here; every FFB code of the citizen's data comes in as input
/// (docs/adr/0019-fhir-export.md).
/// </summary>
public static class KlFfbProfiles
{
    private const string Base = "http://fhir.kl.dk/ffbreporting/StructureDefinition/";

    public const string DeliveryReport = Base + "kl-reporting-ffb-deliveryReport";
    public const string Citizen = Base + "kl-reporting-ffb-citizen";
    public const string CarePlan = Base + "kl-reporting-ffb-carePlan";
    public const string InterventionGoal = Base + "kl-reporting-ffb-interventionGoal";
    public const string Condition = Base + "kl-reporting-ffb-condition";
    public const string TargetGroup = Base + "kl-reporting-ffb-targetGroup";
    public const string CareEvaluation = Base + "kl-reporting-ffb-careEvaluation";
    public const string FollowUp = Base + "kl-reporting-ffb-followUp";
    public const string FollowUpEncounter = Base + "kl-reporting-ffb-followUpEncounter";
    public const string ServicePerformer = Base + "kl-reporting-ffb-servicePerformer";

    // Extensions the profiles use.
    public const string MunicipalityCaseNumberExtension = Base + "kl-reporting-ffb-municipalityCaseNumber";
    public const string FollowUpDateExtension = Base + "kl-reporting-ffb-follow-up-date-extension";

    /// <summary>
    /// ConditionRank from kl.dk.fhir.core (the CarePlan invariant names this URL; the InterventionGoal
    /// invariant says .../term/..., which the core package does not define: see docs/fhir.md).
    /// </summary>
    public const string ConditionRankExtension = "http://fhir.kl.dk/core/StructureDefinition/ConditionRank";

    /// <summary>R4 core extension: a sub-goal is a milestone on the way to its goal.</summary>
    public const string GoalRelationshipExtension = "http://hl7.org/fhir/StructureDefinition/goal-relationship";

    // Code systems.
    public const string KlCommonSystem = "http://fhir.kl.dk/term/CodeSystem/CareSocialCodes";
    public const string SnomedSystem = "http://snomed.info/sct";
    public const string CprSystem = "urn:oid:1.2.208.176.1.2";
    public const string KombitOrganisationSystem = "https://www.kombit.dk/organisation";

    // Codes fixed by the profiles (pattern/fixed values in their FSH).
    public const string SupportNeedAssessmentCode = "effe55c7-572c-4a99-8fb4-2a9dda2f6572"; // FFB støttebehovsvurdering
    public const string InterventionGoalCategoryCode = "0bb3daef-538d-45dc-b444-abdbcb63f6bc"; // FFB indsatsmål
    public const string FunctionLevelMeasureCode = "66959f77-6e2a-4574-8423-3ff097f8b9fa"; // funktionsevneniveau
    public const string GoalTypeMeasureCode = "90c48f03-f194-4b2f-ad7d-6cba1069ae48"; // måltype
    public const string FollowUpEncounterTypeCode = "9f03dfbb-7a97-45a5-94db-d4c3501714a9";
    public const string GoalDescriptionSnomed = "410518001"; // Goal (observable entity)
    public const string FollowUpSnomed = "712744002";
}
