using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Retning.Data.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CurrentVersion",
                table: "IndicatorScales",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "IndicatorScales",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "DiaryCategories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsMissingWork = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FromOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScaleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Levels = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ObservedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ObservedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubGoalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContextId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NoteTypeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ThemeKeys = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Effect = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CitizenExperience = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ScoreValue = table.Column<int>(type: "INTEGER", nullable: true),
                    ScaleVersionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MissingWorkReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    IsInternal = table.Column<bool>(type: "INTEGER", nullable: false),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    WrongCitizenMarkedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WrongCitizenMarkedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    WrongCitizenReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    WrittenUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WrittenById = table.Column<Guid>(type: "TEXT", nullable: false),
                    WrittenByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ObservedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ObservedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubGoalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContextId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NoteTypeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ThemeKeys = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Effect = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CitizenExperience = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ScoreValue = table.Column<int>(type: "INTEGER", nullable: true),
                    ScaleVersionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MissingWorkReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    IsInternal = table.Column<bool>(type: "INTEGER", nullable: false)
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
