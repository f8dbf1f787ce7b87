using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParIndex.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ImprovementPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImprovementTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CriterionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CriterionCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    PointsLost = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: true),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Owner = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RowVersion = table.Column<byte[]>(type: "rowversion", rowVersion: true, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImprovementTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImprovementTasks_EvaluationPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "EvaluationPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImprovementTasks_FrameworkNodes_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "FrameworkNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImprovementTasks_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImprovementNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    AuthorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    WrittenAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImprovementNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImprovementNotes_ImprovementTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "ImprovementTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementNotes_TaskId_WrittenAtUtc",
                table: "ImprovementNotes",
                columns: new[] { "TaskId", "WrittenAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementTasks_CriterionId",
                table: "ImprovementTasks",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementTasks_PeriodId_UnitId",
                table: "ImprovementTasks",
                columns: new[] { "PeriodId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementTasks_UnitId",
                table: "ImprovementTasks",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImprovementNotes");

            migrationBuilder.DropTable(
                name: "ImprovementTasks");
        }
    }
}
