using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Retning.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue11CAuditHeadLease : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                table: "JobLeases",
                columns: new[] { "Name", "ExpiresUtc", "Holder" },
                values: new object[] { "audit-head-export", new DateTime(2000, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "JobLeases",
                keyColumn: "Name",
                keyValue: "audit-head-export");
        }
    }
}
