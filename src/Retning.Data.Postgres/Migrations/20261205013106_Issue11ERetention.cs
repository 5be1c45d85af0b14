using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Retning.Data.Postgres.Migrations
{
    /// <summary>
    /// Retention: the offer's period, the legal hold on a citizen, the job's lease row, and the audit
    /// log's trigger narrowed so that the one update erasure makes (AuditErasure: CitizenId and Detail
    /// set to NULL, every other column unchanged) passes; DELETE and TRUNCATE stay refused.
    /// Hand-written SQL: the function and triggers.
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

            migrationBuilder.Sql("""DROP TRIGGER "AuditEntries_append_only" ON "AuditEntries";""");
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_append_only" BEFORE DELETE OR TRUNCATE ON "AuditEntries"
                FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
                """);
            // Every column but the two personal ones must stay as it was (to_jsonb covers columns added later too).
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_entries_erasure_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW."CitizenId" IS NULL AND NEW."Detail" IS NULL
                       AND (to_jsonb(NEW) - 'CitizenId' - 'Detail') = (to_jsonb(OLD) - 'CitizenId' - 'Detail') THEN
                        RETURN NEW;
                    END IF;
                    RAISE EXCEPTION 'AuditEntries is append-only';
                END; $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_erasure_only" BEFORE UPDATE ON "AuditEntries"
                FOR EACH ROW EXECUTE FUNCTION audit_entries_erasure_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "AuditEntries_erasure_only" ON "AuditEntries";""");
            migrationBuilder.Sql("DROP FUNCTION audit_entries_erasure_only();");
            migrationBuilder.Sql("""DROP TRIGGER "AuditEntries_append_only" ON "AuditEntries";""");
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "AuditEntries"
                FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
                """);

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
