using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParIndex.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SubmissionsNoticesSipasAndCouncilRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CouncilApproval_MajorityPercent",
                table: "EvaluationPeriods",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CouncilApproval_Present",
                table: "EvaluationPeriods",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CouncilApproval_QuorumPercent",
                table: "EvaluationPeriods",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CouncilMajorityPercent",
                table: "EvaluationPeriods",
                type: "int",
                nullable: false,
                defaultValue: 50);

            migrationBuilder.AddColumn<int>(
                name: "CouncilQuorumPercent",
                table: "EvaluationPeriods",
                type: "int",
                nullable: false,
                defaultValue: 50);

            migrationBuilder.CreateTable(
                name: "OutboxEmails",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    To = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxEmails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SipasLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SurveyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GroupId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Population = table.Column<int>(type: "int", nullable: false),
                    Margin = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    Quota = table.Column<int>(type: "int", nullable: false),
                    Received = table.Column<int>(type: "int", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RowVersion = table.Column<byte[]>(type: "rowversion", rowVersion: true, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SipasLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SipasLinks_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SipasLinks_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UserNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Link = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserNotices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SipasReceipts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LinkId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SipasReceipts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SipasReceipts_SipasLinks_LinkId",
                        column: x => x.LinkId,
                        principalTable: "SipasLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEmails_Key",
                table: "OutboxEmails",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEmails_SentAtUtc_NextAttemptAtUtc",
                table: "OutboxEmails",
                columns: new[] { "SentAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SipasLinks_Code",
                table: "SipasLinks",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SipasLinks_SurveyId_UnitId",
                table: "SipasLinks",
                columns: new[] { "SurveyId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_SipasLinks_UnitId",
                table: "SipasLinks",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_SipasReceipts_LinkId_TokenHash",
                table: "SipasReceipts",
                columns: new[] { "LinkId", "TokenHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionRecords_AssessmentId_AtUtc",
                table: "SubmissionRecords",
                columns: new[] { "AssessmentId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_UserNotices_Key",
                table: "UserNotices",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UserNotices_UserId_CreatedAtUtc",
                table: "UserNotices",
                columns: new[] { "UserId", "CreatedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutboxEmails");

            migrationBuilder.DropTable(
                name: "SipasReceipts");

            migrationBuilder.DropTable(
                name: "SubmissionRecords");

            migrationBuilder.DropTable(
                name: "UserNotices");

            migrationBuilder.DropTable(
                name: "SipasLinks");

            migrationBuilder.DropColumn(
                name: "CouncilApproval_MajorityPercent",
                table: "EvaluationPeriods");

            migrationBuilder.DropColumn(
                name: "CouncilApproval_Present",
                table: "EvaluationPeriods");

            migrationBuilder.DropColumn(
                name: "CouncilApproval_QuorumPercent",
                table: "EvaluationPeriods");

            migrationBuilder.DropColumn(
                name: "CouncilMajorityPercent",
                table: "EvaluationPeriods");

            migrationBuilder.DropColumn(
                name: "CouncilQuorumPercent",
                table: "EvaluationPeriods");
        }
    }
}
