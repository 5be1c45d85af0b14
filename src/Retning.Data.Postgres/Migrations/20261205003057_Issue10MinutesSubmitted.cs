using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Retning.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Issue10MinutesSubmitted : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "MinutesSubmittedUtc",
                table: "StatusMeetings",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MinutesSubmittedUtc",
                table: "StatusMeetings");
        }
    }
}
