using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkwerf.Data.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TileKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "TileKey",
                table: "Units",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "TileKey",
                table: "StreetSegments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "TileKey",
                table: "Buildings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_Units_TileKey",
                table: "Units",
                column: "TileKey");

            migrationBuilder.CreateIndex(
                name: "IX_StreetSegments_TileKey",
                table: "StreetSegments",
                column: "TileKey");

            migrationBuilder.CreateIndex(
                name: "IX_Buildings_TileKey",
                table: "Buildings",
                column: "TileKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Units_TileKey",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_StreetSegments_TileKey",
                table: "StreetSegments");

            migrationBuilder.DropIndex(
                name: "IX_Buildings_TileKey",
                table: "Buildings");

            migrationBuilder.DropColumn(
                name: "TileKey",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "TileKey",
                table: "StreetSegments");

            migrationBuilder.DropColumn(
                name: "TileKey",
                table: "Buildings");
        }
    }
}
