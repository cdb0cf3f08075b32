using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Wijkwerf.Data.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OneStopShopPool : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClimateTableSessions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Topic = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DistrictId = table.Column<int>(type: "integer", nullable: true),
                    CampaignId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClimateTableSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClimateTableSessions_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClimateTableSessions_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PoolMembers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Qualifications = table.Column<List<string>>(type: "text[]", nullable: false),
                    ServiceAreas = table.Column<List<string>>(type: "text[]", nullable: false),
                    CapacityJobs = table.Column<int>(type: "integer", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoolMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PoolMembers_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClimateTableInvitations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<long>(type: "bigint", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: true),
                    HouseholdId = table.Column<long>(type: "bigint", nullable: true),
                    Invited = table.Column<bool>(type: "boolean", nullable: false),
                    Attended = table.Column<bool>(type: "boolean", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClimateTableInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClimateTableInvitations_ClimateTableSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "ClimateTableSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PoolJobs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    HouseholdId = table.Column<long>(type: "bigint", nullable: true),
                    ProjectId = table.Column<long>(type: "bigint", nullable: true),
                    Qualifications = table.Column<List<string>>(type: "text[]", nullable: false),
                    AssignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FinishedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoolJobs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PoolJobs_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PoolJobs_PoolMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "PoolMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PoolJobs_RenovationProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "RenovationProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PoolRatings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    JobId = table.Column<long>(type: "bigint", nullable: false),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    Criterion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoolRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PoolRatings_PoolJobs_JobId",
                        column: x => x.JobId,
                        principalTable: "PoolJobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClimateTableInvitations_HouseholdId",
                table: "ClimateTableInvitations",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_ClimateTableInvitations_SessionId_UnitId",
                table: "ClimateTableInvitations",
                columns: new[] { "SessionId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClimateTableSessions_CampaignId",
                table: "ClimateTableSessions",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_ClimateTableSessions_MunicipalityId",
                table: "ClimateTableSessions",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_PoolJobs_HouseholdId",
                table: "PoolJobs",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_PoolJobs_MemberId",
                table: "PoolJobs",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_PoolJobs_MunicipalityId_MemberId",
                table: "PoolJobs",
                columns: new[] { "MunicipalityId", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_PoolJobs_ProjectId",
                table: "PoolJobs",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_PoolMembers_MunicipalityId",
                table: "PoolMembers",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_PoolRatings_JobId_Criterion",
                table: "PoolRatings",
                columns: new[] { "JobId", "Criterion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PoolRatings_MemberId",
                table: "PoolRatings",
                column: "MemberId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClimateTableInvitations");

            migrationBuilder.DropTable(
                name: "PoolRatings");

            migrationBuilder.DropTable(
                name: "ClimateTableSessions");

            migrationBuilder.DropTable(
                name: "PoolJobs");

            migrationBuilder.DropTable(
                name: "PoolMembers");
        }
    }
}
