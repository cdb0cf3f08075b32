using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkwerf.Data.Storage.Migrations.Postgres
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextEn",
                table: "Calls",
                type: "text",
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
