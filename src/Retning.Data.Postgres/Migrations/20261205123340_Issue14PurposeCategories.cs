using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Retning.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Issue14PurposeCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CategoryId",
                table: "PurposeRevisions",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PurposeCategories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PurposeCategories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PurposeCategories_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PurposeRevisions_CategoryId",
                table: "PurposeRevisions",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_PurposeCategories_RegionId_Name",
                table: "PurposeCategories",
                columns: new[] { "RegionId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PurposeCategories_RegionId_SortOrder",
                table: "PurposeCategories",
                columns: new[] { "RegionId", "SortOrder" });

            migrationBuilder.AddForeignKey(
                name: "FK_PurposeRevisions_PurposeCategories_CategoryId",
                table: "PurposeRevisions",
                column: "CategoryId",
                principalTable: "PurposeCategories",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PurposeRevisions_PurposeCategories_CategoryId",
                table: "PurposeRevisions");

            migrationBuilder.DropTable(
                name: "PurposeCategories");

            migrationBuilder.DropIndex(
                name: "IX_PurposeRevisions_CategoryId",
                table: "PurposeRevisions");

            migrationBuilder.DropColumn(
                name: "CategoryId",
                table: "PurposeRevisions");
        }
    }
}
