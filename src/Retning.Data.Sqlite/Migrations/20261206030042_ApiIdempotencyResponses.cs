using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Retning.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ApiIdempotencyResponses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_IdempotencyKeys_AspNetUsers_UserId",
                table: "IdempotencyKeys");

            migrationBuilder.AddColumn<string>(
                name: "RequestFingerprint",
                table: "IdempotencyKeys",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResponseBody",
                table: "IdempotencyKeys",
                type: "TEXT",
                maxLength: 262144,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ResponseStatus",
                table: "IdempotencyKeys",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RequestFingerprint",
                table: "IdempotencyKeys");

            migrationBuilder.DropColumn(
                name: "ResponseBody",
                table: "IdempotencyKeys");

            migrationBuilder.DropColumn(
                name: "ResponseStatus",
                table: "IdempotencyKeys");

            migrationBuilder.AddForeignKey(
                name: "FK_IdempotencyKeys_AspNetUsers_UserId",
                table: "IdempotencyKeys",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
