using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkwerf.Data.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OperationsScheduling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CancelledAtUtc",
                table: "ForumSessions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextEn",
                table: "Calls",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CancelledAtUtc",
                table: "ForumSessions");

            migrationBuilder.DropColumn(
                name: "TextEn",
                table: "Calls");
        }
    }
}
