using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Retning.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue15MonitoringRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "GuidelineId",
                table: "PlanTemplates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MonitoringRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReviewerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SecondReviewerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SampleSize = table.Column<int>(type: "INTEGER", nullable: true),
                    SecondSampleSize = table.Column<int>(type: "INTEGER", nullable: true),
                    Seed = table.Column<int>(type: "INTEGER", nullable: true),
                    SampledUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringRounds_AspNetUsers_CompletedByUserId",
                        column: x => x.CompletedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonitoringRounds_AspNetUsers_CreatedByUserId",
                        column: x => x.CreatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonitoringRounds_AspNetUsers_ReviewerUserId",
                        column: x => x.ReviewerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonitoringRounds_AspNetUsers_SecondReviewerUserId",
                        column: x => x.SecondReviewerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonitoringRounds_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImprovementActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Finding = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Indicators = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    MadeToLast = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FigureKind = table.Column<int>(type: "INTEGER", nullable: false),
                    FigureKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    FigureDirection = table.Column<int>(type: "INTEGER", nullable: false),
                    BeforeValue = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    BeforeReadOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AfterValue = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    AfterReadOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VerifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VerifiedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImprovementActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImprovementActions_AspNetUsers_CreatedByUserId",
                        column: x => x.CreatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImprovementActions_AspNetUsers_OwnerUserId",
                        column: x => x.OwnerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImprovementActions_AspNetUsers_VerifiedByUserId",
                        column: x => x.VerifiedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImprovementActions_MonitoringRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MonitoringRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoundDepartments",
                columns: table => new
                {
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundDepartments", x => new { x.RoundId, x.DepartmentId });
                    table.ForeignKey(
                        name: "FK_RoundDepartments_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoundDepartments_MonitoringRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MonitoringRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoundSamples",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    DoubleRated = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundSamples", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundSamples_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoundSamples_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoundSamples_MonitoringRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MonitoringRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoundSamples_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImprovementActionChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: false),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    BeforeValue = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    AfterValue = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImprovementActionChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImprovementActionChanges_AspNetUsers_ByUserId",
                        column: x => x.ByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImprovementActionChanges_ImprovementActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "ImprovementActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CitizenInterviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SampleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Respondent = table.Column<int>(type: "INTEGER", nullable: false),
                    InterviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Answer1 = table.Column<int>(type: "INTEGER", nullable: true),
                    Answer2 = table.Column<int>(type: "INTEGER", nullable: true),
                    Answer3 = table.Column<int>(type: "INTEGER", nullable: true),
                    Answer4 = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SavedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CitizenInterviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CitizenInterviews_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CitizenInterviews_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CitizenInterviews_MonitoringRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MonitoringRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CitizenInterviews_RoundSamples_SampleId",
                        column: x => x.SampleId,
                        principalTable: "RoundSamples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SampleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Coherence = table.Column<int>(type: "INTEGER", nullable: true),
                    CoherenceComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Results = table.Column<int>(type: "INTEGER", nullable: true),
                    ResultsComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Collaboration = table.Column<int>(type: "INTEGER", nullable: true),
                    CollaborationComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Involvement = table.Column<int>(type: "INTEGER", nullable: true),
                    InvolvementComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SavedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanReviews_AspNetUsers_ReviewerUserId",
                        column: x => x.ReviewerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanReviews_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanReviews_MonitoringRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MonitoringRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanReviews_RoundSamples_SampleId",
                        column: x => x.SampleId,
                        principalTable: "RoundSamples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanTemplates_GuidelineId",
                table: "PlanTemplates",
                column: "GuidelineId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenInterviews_CitizenId",
                table: "CitizenInterviews",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenInterviews_RecordedByUserId",
                table: "CitizenInterviews",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenInterviews_RoundId",
                table: "CitizenInterviews",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenInterviews_SampleId",
                table: "CitizenInterviews",
                column: "SampleId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementActionChanges_ActionId_AtUtc",
                table: "ImprovementActionChanges",
                columns: new[] { "ActionId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementActionChanges_ByUserId",
                table: "ImprovementActionChanges",
                column: "ByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementActions_CreatedByUserId",
                table: "ImprovementActions",
                column: "CreatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementActions_OwnerUserId_Status",
                table: "ImprovementActions",
                columns: new[] { "OwnerUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementActions_RoundId",
                table: "ImprovementActions",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementActions_VerifiedByUserId",
                table: "ImprovementActions",
                column: "VerifiedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringRounds_CompletedByUserId",
                table: "MonitoringRounds",
                column: "CompletedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringRounds_CreatedByUserId",
                table: "MonitoringRounds",
                column: "CreatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringRounds_RegionId_DueOn",
                table: "MonitoringRounds",
                columns: new[] { "RegionId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringRounds_ReviewerUserId",
                table: "MonitoringRounds",
                column: "ReviewerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringRounds_SecondReviewerUserId",
                table: "MonitoringRounds",
                column: "SecondReviewerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanReviews_CitizenId",
                table: "PlanReviews",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanReviews_ReviewerUserId",
                table: "PlanReviews",
                column: "ReviewerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanReviews_RoundId",
                table: "PlanReviews",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanReviews_SampleId_Role",
                table: "PlanReviews",
                columns: new[] { "SampleId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoundDepartments_DepartmentId",
                table: "RoundDepartments",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundSamples_CitizenId",
                table: "RoundSamples",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundSamples_DepartmentId",
                table: "RoundSamples",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundSamples_PlanId",
                table: "RoundSamples",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundSamples_RoundId_PlanId",
                table: "RoundSamples",
                columns: new[] { "RoundId", "PlanId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoundSamples_RoundId_Position",
                table: "RoundSamples",
                columns: new[] { "RoundId", "Position" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_PlanTemplates_Guidelines_GuidelineId",
                table: "PlanTemplates",
                column: "GuidelineId",
                principalTable: "Guidelines",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PlanTemplates_Guidelines_GuidelineId",
                table: "PlanTemplates");

            migrationBuilder.DropTable(
                name: "CitizenInterviews");

            migrationBuilder.DropTable(
                name: "ImprovementActionChanges");

            migrationBuilder.DropTable(
                name: "PlanReviews");

            migrationBuilder.DropTable(
                name: "RoundDepartments");

            migrationBuilder.DropTable(
                name: "ImprovementActions");

            migrationBuilder.DropTable(
                name: "RoundSamples");

            migrationBuilder.DropTable(
                name: "MonitoringRounds");

            migrationBuilder.DropIndex(
                name: "IX_PlanTemplates_GuidelineId",
                table: "PlanTemplates");

            migrationBuilder.DropColumn(
                name: "GuidelineId",
                table: "PlanTemplates");
        }
    }
}
