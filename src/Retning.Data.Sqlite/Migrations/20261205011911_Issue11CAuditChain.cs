using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Retning.Data.Sqlite.Migrations
{
    /// <summary>
    /// The audit hash chain (docs/adr/0007): sequence, hash, personal digest and erasure time on every row, the
    /// one-row chain head, and existing rows numbered by id (AuditChain.ChainExistingRowsAsync hashes them at
    /// start-up). The append-only trigger now lets exactly two updates through: chaining a row that has no hash
    /// yet (once), and erasing a row's personal fields (CitizenId, Detail to null with ErasedUtc set) while its
    /// sequence, hash and digest stay. Hand-written SQL: the triggers and the sequence numbering.
    /// </summary>
    public partial class Issue11CAuditChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "AuditEntries_no_update";""");

            migrationBuilder.AddColumn<DateTime>(
                name: "ErasedUtc",
                table: "AuditEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PersonalDigest",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AuditEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "AuditChainHead",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHead", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "AuditChainHead",
                columns: new[] { "Id", "Hash", "Sequence" },
                values: new object[] { 1, "0000000000000000000000000000000000000000000000000000000000000000", 0L });

            // Existing rows keep their id as a provisional, unique sequence until they are chained at start-up.
            migrationBuilder.Sql("""UPDATE "AuditEntries" SET "Sequence" = "Id";""");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries",
                column: "Sequence",
                unique: true);

            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_no_update" BEFORE UPDATE ON "AuditEntries"
                WHEN NOT (NEW."Id" = OLD."Id" AND NEW."AtUtc" IS OLD."AtUtc" AND NEW."UserId" IS OLD."UserId" AND NEW."UserName" IS OLD."UserName"
                    AND NEW."Action" IS OLD."Action" AND NEW."Subject" IS OLD."Subject" AND NEW."CorrelationId" IS OLD."CorrelationId"
                    AND (
                        (OLD."Hash" = '' AND NEW."CitizenId" IS OLD."CitizenId" AND NEW."Detail" IS OLD."Detail" AND NEW."ErasedUtc" IS OLD."ErasedUtc")
                        OR (OLD."Hash" <> '' AND NEW."Sequence" = OLD."Sequence" AND NEW."Hash" = OLD."Hash" AND NEW."PersonalDigest" = OLD."PersonalDigest"
                            AND OLD."ErasedUtc" IS NULL AND NEW."ErasedUtc" IS NOT NULL AND NEW."CitizenId" IS NULL AND NEW."Detail" IS NULL)))
                BEGIN SELECT RAISE(ABORT, 'AuditEntries is append-only'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "AuditEntries_no_update";""");
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_no_update" BEFORE UPDATE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'AuditEntries is append-only'); END;
                """);

            migrationBuilder.DropTable(
                name: "AuditChainHead");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ErasedUtc",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "PersonalDigest",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "AuditEntries");
        }
    }
}
