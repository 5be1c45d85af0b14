using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Retning.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue11FHealthProbe : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HealthProbe",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Beats = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthProbe", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "HealthProbe",
                columns: new[] { "Id", "Beats" },
                values: new object[] { 1, 0L });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HealthProbe");
        }
    }
}
