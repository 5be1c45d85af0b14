using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Retning.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DiaryKeysetIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_DiaryEntries_SubGoalTimeline",
                table: "DiaryEntries",
                columns: new[] { "CitizenId", "SubGoalId", "ObservedAtUtc", "CreatedUtc", "Id" },
                filter: "\"WrongCitizenMarkedUtc\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DiaryEntries_Timeline",
                table: "DiaryEntries",
                columns: new[] { "CitizenId", "ObservedAtUtc", "CreatedUtc", "Id" },
                filter: "\"WrongCitizenMarkedUtc\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DiaryEntries_SubGoalTimeline",
                table: "DiaryEntries");

            migrationBuilder.DropIndex(
                name: "IX_DiaryEntries_Timeline",
                table: "DiaryEntries");
        }
    }
}
