using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Retning.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue14SubGoalScoreMonths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SubGoalScoreMonths",
                columns: table => new
                {
                    SubGoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScoredDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ScoredNotes = table.Column<int>(type: "INTEGER", nullable: false),
                    UnscoredNotes = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstScore = table.Column<int>(type: "INTEGER", nullable: true),
                    FirstScaleVersionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LatestScore = table.Column<int>(type: "INTEGER", nullable: true),
                    LatestScaleVersionId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubGoalScoreMonths", x => new { x.SubGoalId, x.Month });
                    table.ForeignKey(
                        name: "FK_SubGoalScoreMonths_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SubGoalScoreMonths_Goals_SubGoalId",
                        column: x => x.SubGoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SubGoalScoreMonths_CitizenId_Month",
                table: "SubGoalScoreMonths",
                columns: new[] { "CitizenId", "Month" });

            // The notes already written get their facts now; from here on every save keeps them (docs/adr/0014).
            migrationBuilder.Sql(Retning.Data.Insight.ScoreMonthBackfill.Sqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SubGoalScoreMonths");
        }
    }
}
