using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Wijkwerf.Data.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Lekp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "FiguresReferenceDate",
                table: "Municipalities",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PactVersion",
                table: "Municipalities",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Measures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    Werf = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TargetKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Title = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Quantity = table.Column<double>(type: "double precision", nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Location = table.Column<Geometry>(type: "geometry(Geometry,4326)", nullable: true),
                    StreetName = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CostEur = table.Column<double>(type: "double precision", nullable: true),
                    Funding = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    BudgetCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Owner = table.Column<string>(type: "text", nullable: true),
                    StreetWorksRef = table.Column<string>(type: "text", nullable: true),
                    HeatNetworkRef = table.Column<string>(type: "text", nullable: true),
                    RenovationProjectRef = table.Column<string>(type: "text", nullable: true),
                    SourceId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Measures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Measures_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Measures_DistrictCode",
                table: "Measures",
                column: "DistrictCode");

            migrationBuilder.CreateIndex(
                name: "IX_Measures_MunicipalityId_TargetKey",
                table: "Measures",
                columns: new[] { "MunicipalityId", "TargetKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Measures_SourceId",
                table: "Measures",
                column: "SourceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Measures");

            migrationBuilder.DropColumn(
                name: "FiguresReferenceDate",
                table: "Municipalities");

            migrationBuilder.DropColumn(
                name: "PactVersion",
                table: "Municipalities");
        }
    }
}
