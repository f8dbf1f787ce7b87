using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParIndex.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Appraisal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CouncilApproval_DecisionDate",
                table: "EvaluationPeriods",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CouncilApproval_DecisionNumber",
                table: "EvaluationPeriods",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CouncilApproval_InFavour",
                table: "EvaluationPeriods",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CouncilApproval_MeetingDate",
                table: "EvaluationPeriods",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CouncilApproval_Members",
                table: "EvaluationPeriods",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CouncilApproval_Notes",
                table: "EvaluationPeriods",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CouncilApproval_RecordedByUserId",
                table: "EvaluationPeriods",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DataSource",
                table: "CriterionResponses",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExplanationAnswer",
                table: "CriterionResponses",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ExplanationAnsweredAtUtc",
                table: "CriterionResponses",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ExplanationAnsweredByUserId",
                table: "CriterionResponses",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExplanationQuestion",
                table: "CriterionResponses",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ExplanationQuestionByUserId",
                table: "CriterionResponses",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "Round1AtUtc",
                table: "CriterionResponses",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Round1ByUserId",
                table: "CriterionResponses",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Round1Comment",
                table: "CriterionResponses",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Round1Score",
                table: "CriterionResponses",
                type: "decimal(18,6)",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "Round2AtUtc",
                table: "CriterionResponses",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Round2ByUserId",
                table: "CriterionResponses",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Round2Comment",
                table: "CriterionResponses",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Round2Score",
                table: "CriterionResponses",
                type: "decimal(18,6)",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AppraisalAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InspectorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DomainNodeId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalAssignments_EvaluationPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "EvaluationPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AppraisalAssignments_FrameworkNodes_DomainNodeId",
                        column: x => x.DomainNodeId,
                        principalTable: "FrameworkNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AppraisalAssignments_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurveyImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Rows = table.Column<int>(type: "int", nullable: false),
                    ImportedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReplacedByImportId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyImports_EvaluationPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "EvaluationPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalAssignments_DomainNodeId",
                table: "AppraisalAssignments",
                column: "DomainNodeId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalAssignments_PeriodId_InspectorUserId_UnitId_DomainNodeId",
                table: "AppraisalAssignments",
                columns: new[] { "PeriodId", "InspectorUserId", "UnitId", "DomainNodeId" },
                unique: true,
                filter: "[UnitId] IS NOT NULL AND [DomainNodeId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalAssignments_PeriodId_UnitId",
                table: "AppraisalAssignments",
                columns: new[] { "PeriodId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalAssignments_UnitId",
                table: "AppraisalAssignments",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyImports_PeriodId_ImportedAtUtc",
                table: "SurveyImports",
                columns: new[] { "PeriodId", "ImportedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppraisalAssignments");

            migrationBuilder.DropTable(
                name: "SurveyImports");

            migrationBuilder.DropColumn(
                name: "CouncilApproval_DecisionDate",
                table: "EvaluationPeriods");

            migrationBuilder.DropColumn(
                name: "CouncilApproval_DecisionNumber",
                table: "EvaluationPeriods");

            migrationBuilder.DropColumn(
                name: "CouncilApproval_InFavour",
                table: "EvaluationPeriods");

            migrationBuilder.DropColumn(
                name: "CouncilApproval_MeetingDate",
                table: "EvaluationPeriods");

            migrationBuilder.DropColumn(
                name: "CouncilApproval_Members",
                table: "EvaluationPeriods");

            migrationBuilder.DropColumn(
                name: "CouncilApproval_Notes",
                table: "EvaluationPeriods");

            migrationBuilder.DropColumn(
                name: "CouncilApproval_RecordedByUserId",
                table: "EvaluationPeriods");

            migrationBuilder.DropColumn(
                name: "DataSource",
                table: "CriterionResponses");

            migrationBuilder.DropColumn(
                name: "ExplanationAnswer",
                table: "CriterionResponses");

            migrationBuilder.DropColumn(
                name: "ExplanationAnsweredAtUtc",
                table: "CriterionResponses");

            migrationBuilder.DropColumn(
                name: "ExplanationAnsweredByUserId",
                table: "CriterionResponses");

            migrationBuilder.DropColumn(
                name: "ExplanationQuestion",
                table: "CriterionResponses");

            migrationBuilder.DropColumn(
                name: "ExplanationQuestionByUserId",
                table: "CriterionResponses");

            migrationBuilder.DropColumn(
                name: "Round1AtUtc",
                table: "CriterionResponses");

            migrationBuilder.DropColumn(
                name: "Round1ByUserId",
                table: "CriterionResponses");

            migrationBuilder.DropColumn(
                name: "Round1Comment",
                table: "CriterionResponses");

            migrationBuilder.DropColumn(
                name: "Round1Score",
                table: "CriterionResponses");

            migrationBuilder.DropColumn(
                name: "Round2AtUtc",
                table: "CriterionResponses");

            migrationBuilder.DropColumn(
                name: "Round2ByUserId",
                table: "CriterionResponses");

            migrationBuilder.DropColumn(
                name: "Round2Comment",
                table: "CriterionResponses");

            migrationBuilder.DropColumn(
                name: "Round2Score",
                table: "CriterionResponses");
        }
    }
}
