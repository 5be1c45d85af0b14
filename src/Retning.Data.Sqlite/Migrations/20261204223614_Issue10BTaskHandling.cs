using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Retning.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue10BTaskHandling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TaskHandlings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubjectKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedToId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedToName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AssignedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SnoozedUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SnoozeReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SnoozedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskHandlings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskHandlings_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TaskHandlings_AssignedToId",
                table: "TaskHandlings",
                column: "AssignedToId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskHandlings_CitizenId_Kind_SubjectKey",
                table: "TaskHandlings",
                columns: new[] { "CitizenId", "Kind", "SubjectKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TaskHandlings");
        }
    }
}
