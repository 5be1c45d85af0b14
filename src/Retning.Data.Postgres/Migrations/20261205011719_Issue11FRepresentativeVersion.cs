using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Retning.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Issue11FRepresentativeVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Representatives",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "Representatives");
        }
    }
}
