using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Retning.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue10CPlanRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MinutesPlanRevisionNeeded",
                table: "StatusMeetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MinutesPlanRevisionNote",
                table: "StatusMeetings",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MunicipalityRevisedActionPlan",
                table: "StatusMeetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MunicipalityRevisedPurpose",
                table: "StatusMeetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PlanRevisionRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResolvedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResolvedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ResolutionComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanRevisionRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanRevisionRequests_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanRevisionRequests_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ThemeEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ThemeKey = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CitizenInvolvement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Development = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    PlanRevisionNeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    PlanRevisionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThemeEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThemeEvaluations_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ThemeEvaluations_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanRevisionRequests_CitizenId_ResolvedOn",
                table: "PlanRevisionRequests",
                columns: new[] { "CitizenId", "ResolvedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanRevisionRequests_PlanId",
                table: "PlanRevisionRequests",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanRevisionRequests_Source_SourceId",
                table: "PlanRevisionRequests",
                columns: new[] { "Source", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ThemeEvaluations_CitizenId",
                table: "ThemeEvaluations",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_ThemeEvaluations_PlanId_ThemeKey_EvaluatedOn",
                table: "ThemeEvaluations",
                columns: new[] { "PlanId", "ThemeKey", "EvaluatedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanRevisionRequests");

            migrationBuilder.DropTable(
                name: "ThemeEvaluations");

            migrationBuilder.DropColumn(
                name: "MinutesPlanRevisionNeeded",
                table: "StatusMeetings");

            migrationBuilder.DropColumn(
                name: "MinutesPlanRevisionNote",
                table: "StatusMeetings");

            migrationBuilder.DropColumn(
                name: "MunicipalityRevisedActionPlan",
                table: "StatusMeetings");

            migrationBuilder.DropColumn(
                name: "MunicipalityRevisedPurpose",
                table: "StatusMeetings");
        }
    }
}
