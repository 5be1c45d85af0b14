using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Retning.Data.Postgres.Migrations
{
    /// <summary>
    /// Retention: the offer's period, the legal hold on a citizen, the job's lease row. The audit log's update trigger that lets erasure through
    /// is made by Issue11CAuditChain (erasure sets CitizenId and Detail to NULL and ErasedUtc).
    /// </summary>
    public partial class Issue11ERetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RetentionYearsAfterDischarge",
                table: "Offers",
                type: "integer",
                nullable: false,
                defaultValue: 5);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldReason",
                table: "Citizens",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldSetBy",
                table: "Citizens",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LegalHoldSetUtc",
                table: "Citizens",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.InsertData(
                table: "JobLeases",
                columns: new[] { "Name", "ExpiresUtc", "Holder" },
                values: new object[] { "retention", new DateTime(2000, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "" });

            migrationBuilder.CreateIndex(
                name: "IX_Citizens_DischargedOn",
                table: "Citizens",
                column: "DischargedOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Citizens_DischargedOn",
                table: "Citizens");

            migrationBuilder.DeleteData(
                table: "JobLeases",
                keyColumn: "Name",
                keyValue: "retention");

            migrationBuilder.DropColumn(
                name: "RetentionYearsAfterDischarge",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "LegalHoldReason",
                table: "Citizens");

            migrationBuilder.DropColumn(
                name: "LegalHoldSetBy",
                table: "Citizens");

            migrationBuilder.DropColumn(
                name: "LegalHoldSetUtc",
                table: "Citizens");
        }
    }
}
