using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Wijkwerf.Data.Storage.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: true),
                    DistrictCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reference = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Owner = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Surface = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Geometry = table.Column<Geometry>(type: "geometry(Geometry,4326)", nullable: false),
                    SegmentIds = table.Column<List<long>>(type: "bigint[]", nullable: false),
                    StreetName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: false),
                    EarliestStart = table.Column<DateOnly>(type: "date", nullable: false),
                    LatestStart = table.Column<DateOnly>(type: "date", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExcavatedM2 = table.Column<double>(type: "double precision", nullable: false),
                    UtilityRelocation = table.Column<bool>(type: "boolean", nullable: false),
                    CostEur = table.Column<double>(type: "double precision", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UnsealedM2 = table.Column<double>(type: "double precision", nullable: false),
                    RainwaterM3 = table.Column<double>(type: "double precision", nullable: false),
                    Trees = table.Column<int>(type: "integer", nullable: false),
                    ChargingPoints = table.Column<int>(type: "integer", nullable: false),
                    HeatDn = table.Column<int>(type: "integer", nullable: true),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
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
