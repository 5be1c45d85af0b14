using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Retning.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class StatusReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    Scope = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    GivenBy = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    GivenByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewOn = table.Column<DateOnly>(type: "date", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawnNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DocumentName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    DocumentContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Document = table.Column<byte[]>(type: "bytea", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consents_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StatusMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    At = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Agenda = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StatusSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StatusDisclosureId = table.Column<Guid>(type: "uuid", nullable: true),
                    MinutesState = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    MinutesAttendance = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    MinutesDiscussion = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    MinutesAgreements = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    MinutesNextSteps = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    MinutesWrittenBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MinutesApprovedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MinutesApprovedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MinutesReturnedReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MinutesSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MinutesJournalisedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatusMeetings_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Contact = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingParticipants_StatusMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "StatusMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StatusReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    StatusDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Layout = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    State = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: true),
                    RevisionNumber = table.Column<int>(type: "integer", nullable: false),
                    RevisionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReturnedReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatusReports_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StatusReports_StatusMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "StatusMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Disclosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StatusReportId = table.Column<Guid>(type: "uuid", nullable: true),
                    StatusRevisionNumber = table.Column<int>(type: "integer", nullable: true),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: true),
                    PlanParts = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecipientName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecipientOrganisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Basis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ConsentId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequestParagraph = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    RequestOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RequestReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    InformedWhom = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    InformedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConsentSought = table.Column<bool>(type: "boolean", nullable: true),
                    ConsentGiven = table.Column<bool>(type: "boolean", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Disclosures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Disclosures_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disclosures_Consents_ConsentId",
                        column: x => x.ConsentId,
                        principalTable: "Consents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disclosures_StatusMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "StatusMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disclosures_StatusReports_StatusReportId",
                        column: x => x.StatusReportId,
                        principalTable: "StatusReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StatusComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StatusReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Section = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    RevisionNumber = table.Column<int>(type: "integer", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatusComments_StatusReports_StatusReportId",
                        column: x => x.StatusReportId,
                        principalTable: "StatusReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StatusEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StatusReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RevisionNumber = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatusEvents_StatusReports_StatusReportId",
                        column: x => x.StatusReportId,
                        principalTable: "StatusReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StatusGoals",
                columns: table => new
                {
                    StatusReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    GoalId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusGoals", x => new { x.StatusReportId, x.GoalId });
                    table.ForeignKey(
                        name: "FK_StatusGoals_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StatusGoals_StatusReports_StatusReportId",
                        column: x => x.StatusReportId,
                        principalTable: "StatusReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StatusRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StatusReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ContentJson = table.Column<string>(type: "text", nullable: false),
                    ApprovedById = table.Column<Guid>(type: "uuid", nullable: false),
                    ApprovedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ApprovedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatusRevisions_StatusReports_StatusReportId",
                        column: x => x.StatusReportId,
                        principalTable: "StatusReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StatusSections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StatusReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Included = table.Column<bool>(type: "boolean", nullable: false),
                    SinceText = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    AheadText = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatusSections_StatusReports_StatusReportId",
                        column: x => x.StatusReportId,
                        principalTable: "StatusReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Consents_CitizenId_Scope",
                table: "Consents",
                columns: new[] { "CitizenId", "Scope" });

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_CitizenId_SentOn",
                table: "Disclosures",
                columns: new[] { "CitizenId", "SentOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_ConsentId",
                table: "Disclosures",
                column: "ConsentId");

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_MeetingId",
                table: "Disclosures",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_StatusReportId",
                table: "Disclosures",
                column: "StatusReportId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipants_MeetingId",
                table: "MeetingParticipants",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_StatusComments_StatusReportId_CreatedUtc",
                table: "StatusComments",
                columns: new[] { "StatusReportId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_StatusEvents_StatusReportId_AtUtc",
                table: "StatusEvents",
                columns: new[] { "StatusReportId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_StatusGoals_GoalId",
                table: "StatusGoals",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_StatusMeetings_CitizenId_On",
                table: "StatusMeetings",
                columns: new[] { "CitizenId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_StatusReports_CitizenId_PeriodTo",
                table: "StatusReports",
                columns: new[] { "CitizenId", "PeriodTo" });

            migrationBuilder.CreateIndex(
                name: "IX_StatusReports_MeetingId",
                table: "StatusReports",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_StatusReports_State",
                table: "StatusReports",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_StatusRevisions_StatusReportId_Number",
                table: "StatusRevisions",
                columns: new[] { "StatusReportId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StatusSections_StatusReportId_Key",
                table: "StatusSections",
                columns: new[] { "StatusReportId", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Disclosures");

            migrationBuilder.DropTable(
                name: "MeetingParticipants");

            migrationBuilder.DropTable(
                name: "StatusComments");

            migrationBuilder.DropTable(
                name: "StatusEvents");

            migrationBuilder.DropTable(
                name: "StatusGoals");

            migrationBuilder.DropTable(
                name: "StatusRevisions");

            migrationBuilder.DropTable(
                name: "StatusSections");

            migrationBuilder.DropTable(
                name: "Consents");

            migrationBuilder.DropTable(
                name: "StatusReports");

            migrationBuilder.DropTable(
                name: "StatusMeetings");
        }
    }
}
