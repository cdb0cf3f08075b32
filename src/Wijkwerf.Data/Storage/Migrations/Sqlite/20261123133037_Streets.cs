using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkwerf.Data.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Streets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StreetWorks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: true),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Surface = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Geometry = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SegmentIds = table.Column<string>(type: "TEXT", nullable: false),
                    StreetName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EarliestStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LatestStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExcavatedM2 = table.Column<double>(type: "REAL", nullable: false),
                    UtilityRelocation = table.Column<bool>(type: "INTEGER", nullable: false),
                    CostEur = table.Column<double>(type: "REAL", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UnsealedM2 = table.Column<double>(type: "REAL", nullable: false),
                    RainwaterM3 = table.Column<double>(type: "REAL", nullable: false),
                    Trees = table.Column<int>(type: "INTEGER", nullable: false),
                    ChargingPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    HeatDn = table.Column<int>(type: "INTEGER", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StreetWorks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StreetWorks_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StreetWorks_DistrictCode",
                table: "StreetWorks",
                column: "DistrictCode");

            migrationBuilder.CreateIndex(
                name: "IX_StreetWorks_MunicipalityId_Reference",
                table: "StreetWorks",
                columns: new[] { "MunicipalityId", "Reference" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StreetWorks");
        }
    }
}
