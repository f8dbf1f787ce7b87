using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParIndex.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CompletenessSurveyWaivers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MissingSurvey",
                table: "Frameworks",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "SurveyWaivers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NodeId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyWaivers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyWaivers_EvaluationPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "EvaluationPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SurveyWaivers_FrameworkNodes_NodeId",
                        column: x => x.NodeId,
                        principalTable: "FrameworkNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyWaivers_NodeId",
                table: "SurveyWaivers",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyWaivers_PeriodId_NodeId",
                table: "SurveyWaivers",
                columns: new[] { "PeriodId", "NodeId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SurveyWaivers");

            migrationBuilder.DropColumn(
                name: "MissingSurvey",
                table: "Frameworks");
        }
    }
}
