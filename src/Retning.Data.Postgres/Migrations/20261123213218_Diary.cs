using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Retning.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Diary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ResponseRateThresholdPercent",
                table: "OfferPlanRules",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CurrentVersion",
                table: "IndicatorScales",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "IndicatorScales",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "DiaryCategories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    IsMissingWork = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiaryCategories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiaryCategories_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GoalStateChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GoalId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FromOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalStateChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoalStateChanges_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorScaleVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ScaleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Levels = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorScaleVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorScaleVersions_IndicatorScales_ScaleId",
                        column: x => x.ScaleId,
                        principalTable: "IndicatorScales",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DiaryEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ObservedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ObservedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubGoalId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContextId = table.Column<Guid>(type: "uuid", nullable: true),
                    NoteTypeId = table.Column<Guid>(type: "uuid", nullable: true),
                    ThemeKeys = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Effect = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CitizenExperience = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ScoreValue = table.Column<int>(type: "integer", nullable: true),
                    ScaleVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    MissingWorkReason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    IsInternal = table.Column<bool>(type: "boolean", nullable: false),
                    CurrentVersion = table.Column<int>(type: "integer", nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false),
                    WrongCitizenMarkedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WrongCitizenMarkedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    WrongCitizenReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiaryEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiaryEntries_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DiaryEntries_DiaryCategories_ContextId",
                        column: x => x.ContextId,
                        principalTable: "DiaryCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DiaryEntries_DiaryCategories_NoteTypeId",
                        column: x => x.NoteTypeId,
                        principalTable: "DiaryCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DiaryEntries_Goals_SubGoalId",
                        column: x => x.SubGoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DiaryEntries_IndicatorScaleVersions_ScaleVersionId",
                        column: x => x.ScaleVersionId,
                        principalTable: "IndicatorScaleVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DiaryEntryVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    WrittenUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WrittenById = table.Column<Guid>(type: "uuid", nullable: false),
                    WrittenByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CorrectionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ObservedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ObservedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubGoalId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContextId = table.Column<Guid>(type: "uuid", nullable: true),
                    NoteTypeId = table.Column<Guid>(type: "uuid", nullable: true),
                    ThemeKeys = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Effect = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CitizenExperience = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ScoreValue = table.Column<int>(type: "integer", nullable: true),
                    ScaleVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    MissingWorkReason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    IsInternal = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiaryEntryVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiaryEntryVersions_DiaryEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "DiaryEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DiaryCategories_OfferId_Kind_Order",
                table: "DiaryCategories",
                columns: new[] { "OfferId", "Kind", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_DiaryEntries_AuthorId_ObservedOn",
                table: "DiaryEntries",
                columns: new[] { "AuthorId", "ObservedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DiaryEntries_CitizenId_ObservedAtUtc",
                table: "DiaryEntries",
                columns: new[] { "CitizenId", "ObservedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DiaryEntries_ContextId",
                table: "DiaryEntries",
                column: "ContextId");

            migrationBuilder.CreateIndex(
                name: "IX_DiaryEntries_NoteTypeId",
                table: "DiaryEntries",
                column: "NoteTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_DiaryEntries_ScaleVersionId",
                table: "DiaryEntries",
                column: "ScaleVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_DiaryEntries_SubGoalId_ObservedOn",
                table: "DiaryEntries",
                columns: new[] { "SubGoalId", "ObservedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DiaryEntryVersions_EntryId_Number",
                table: "DiaryEntryVersions",
                columns: new[] { "EntryId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GoalStateChanges_GoalId_FromOn",
                table: "GoalStateChanges",
                columns: new[] { "GoalId", "FromOn" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorScaleVersions_ScaleId_Number",
                table: "IndicatorScaleVersions",
                columns: new[] { "ScaleId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DiaryEntryVersions");

            migrationBuilder.DropTable(
                name: "GoalStateChanges");

            migrationBuilder.DropTable(
                name: "DiaryEntries");

            migrationBuilder.DropTable(
                name: "DiaryCategories");

            migrationBuilder.DropTable(
                name: "IndicatorScaleVersions");

            migrationBuilder.DropColumn(
                name: "ResponseRateThresholdPercent",
                table: "OfferPlanRules");

            migrationBuilder.DropColumn(
                name: "CurrentVersion",
                table: "IndicatorScales");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "IndicatorScales");
        }
    }
}
