using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Retning.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Plans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndicatorScales",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsDefault = table.Column<bool>(type: "boolean", nullable: false),
                    Levels = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorScales", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorScales_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MethodCatalogue",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MethodCatalogue", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MethodCatalogue_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferPlanRules",
                columns: table => new
                {
                    OfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    MaxGoals = table.Column<int>(type: "integer", nullable: true),
                    MaxSubGoalsPerGoal = table.Column<int>(type: "integer", nullable: true),
                    RequiredGoalKinds = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferPlanRules", x => x.OfferId);
                    table.ForeignKey(
                        name: "FK_OfferPlanRules_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanTemplates_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Purposes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Purposes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Purposes_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TemplateVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Themes = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemplateVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TemplateVersions_PlanTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "PlanTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PurposeRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PurposeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EnteredByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    EnteredByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EnteredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PurposeRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PurposeRevisions_Purposes_PurposeId",
                        column: x => x.PurposeId,
                        principalTable: "Purposes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenPerspective = table.Column<string>(type: "text", nullable: true),
                    NoWishes = table.Column<bool>(type: "boolean", nullable: false),
                    Participation = table.Column<string>(type: "text", nullable: true),
                    OfferAdditions = table.Column<string>(type: "text", nullable: true),
                    ApproachesText = table.Column<string>(type: "text", nullable: true),
                    SympatheticComfort = table.Column<string>(type: "text", nullable: true),
                    SympatheticDiscomfort = table.Column<string>(type: "text", nullable: true),
                    ParasympatheticComfort = table.Column<string>(type: "text", nullable: true),
                    ParasympatheticDiscomfort = table.Column<string>(type: "text", nullable: true),
                    CompassUpdatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevisionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plans_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Plans_TemplateVersions_TemplateVersionId",
                        column: x => x.TemplateVersionId,
                        principalTable: "TemplateVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DpuEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    MadeOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DpuEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DpuEntries_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentGoalId = table.Column<Guid>(type: "uuid", nullable: true),
                    ThemeKey = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    PurposeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Rationale = table.Column<string>(type: "text", nullable: true),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EvaluationIntervalMonths = table.Column<int>(type: "integer", nullable: true),
                    NextEvaluationOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CitizenParticipation = table.Column<string>(type: "text", nullable: true),
                    Measure = table.Column<string>(type: "text", nullable: true),
                    StaffFindRealistic = table.Column<bool>(type: "boolean", nullable: true),
                    SmortNote = table.Column<string>(type: "text", nullable: true),
                    IndicatorScaleId = table.Column<Guid>(type: "uuid", nullable: true),
                    ScoringFrequency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Goals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Goals_Goals_ParentGoalId",
                        column: x => x.ParentGoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Goals_IndicatorScales_IndicatorScaleId",
                        column: x => x.IndicatorScaleId,
                        principalTable: "IndicatorScales",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Goals_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Goals_Purposes_PurposeId",
                        column: x => x.PurposeId,
                        principalTable: "Purposes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanMethods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HowPractised = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanMethods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanMethods_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SnapshotJson = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanPeriods_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ThemeAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    ThemeKey = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Resources = table.Column<string>(type: "text", nullable: true),
                    Challenges = table.Column<string>(type: "text", nullable: true),
                    SupportNeed = table.Column<string>(type: "text", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThemeAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThemeAssessments_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GoalCollaborators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GoalId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HowTheyTakePart = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalCollaborators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoalCollaborators_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GoalInterventions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GoalId = table.Column<Guid>(type: "uuid", nullable: false),
                    What = table.Column<string>(type: "text", nullable: false),
                    HowOften = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Who = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalInterventions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoalInterventions_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DpuEntries_PlanId_MadeOn",
                table: "DpuEntries",
                columns: new[] { "PlanId", "MadeOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GoalCollaborators_GoalId",
                table: "GoalCollaborators",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalInterventions_GoalId",
                table: "GoalInterventions",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_Goals_IndicatorScaleId",
                table: "Goals",
                column: "IndicatorScaleId");

            migrationBuilder.CreateIndex(
                name: "IX_Goals_NextEvaluationOn",
                table: "Goals",
                column: "NextEvaluationOn");

            migrationBuilder.CreateIndex(
                name: "IX_Goals_ParentGoalId",
                table: "Goals",
                column: "ParentGoalId");

            migrationBuilder.CreateIndex(
                name: "IX_Goals_PlanId_State",
                table: "Goals",
                columns: new[] { "PlanId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Goals_PurposeId",
                table: "Goals",
                column: "PurposeId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorScales_OfferId",
                table: "IndicatorScales",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_MethodCatalogue_OfferId_Name",
                table: "MethodCatalogue",
                columns: new[] { "OfferId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanMethods_PlanId",
                table: "PlanMethods",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanPeriods_PlanId_Number",
                table: "PlanPeriods",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_CitizenId",
                table: "Plans",
                column: "CitizenId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_TemplateVersionId",
                table: "Plans",
                column: "TemplateVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTemplates_OfferId_Kind",
                table: "PlanTemplates",
                columns: new[] { "OfferId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PurposeRevisions_PurposeId_ReceivedOn",
                table: "PurposeRevisions",
                columns: new[] { "PurposeId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Purposes_CitizenId",
                table: "Purposes",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_TemplateVersions_TemplateId_Number",
                table: "TemplateVersions",
                columns: new[] { "TemplateId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ThemeAssessments_PlanId_ThemeKey",
                table: "ThemeAssessments",
                columns: new[] { "PlanId", "ThemeKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DpuEntries");

            migrationBuilder.DropTable(
                name: "GoalCollaborators");

            migrationBuilder.DropTable(
                name: "GoalInterventions");

            migrationBuilder.DropTable(
                name: "MethodCatalogue");

            migrationBuilder.DropTable(
                name: "OfferPlanRules");

            migrationBuilder.DropTable(
                name: "PlanMethods");

            migrationBuilder.DropTable(
                name: "PlanPeriods");

            migrationBuilder.DropTable(
                name: "PurposeRevisions");

            migrationBuilder.DropTable(
                name: "ThemeAssessments");

            migrationBuilder.DropTable(
                name: "Goals");

            migrationBuilder.DropTable(
                name: "IndicatorScales");

            migrationBuilder.DropTable(
                name: "Plans");

            migrationBuilder.DropTable(
                name: "Purposes");

            migrationBuilder.DropTable(
                name: "TemplateVersions");

            migrationBuilder.DropTable(
                name: "PlanTemplates");
        }
    }
}
