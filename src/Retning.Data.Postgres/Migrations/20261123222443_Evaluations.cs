using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Retning.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Evaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Evaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    GoalId = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Participants = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CitizenInvolvement = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Qualitative = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    QuantitativeComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PreparedFigures = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ResponseExpected = table.Column<int>(type: "integer", nullable: true),
                    ResponseScored = table.Column<int>(type: "integer", nullable: true),
                    MissingWorkCount = table.Column<int>(type: "integer", nullable: false),
                    Decision = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    NextEvaluationOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlanRevisionNeeded = table.Column<bool>(type: "boolean", nullable: false),
                    PlanRevisionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evaluations_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Evaluations_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_CitizenId_EvaluatedOn",
                table: "Evaluations",
                columns: new[] { "CitizenId", "EvaluatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_GoalId_EvaluatedOn",
                table: "Evaluations",
                columns: new[] { "GoalId", "EvaluatedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Evaluations");
        }
    }
}
