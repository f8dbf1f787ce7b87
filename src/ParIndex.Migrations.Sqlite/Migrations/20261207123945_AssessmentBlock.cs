using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParIndex.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentBlock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BlockId",
                table: "Assessments",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_BlockId_PeriodId",
                table: "Assessments",
                columns: new[] { "BlockId", "PeriodId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Assessments_BlockId_PeriodId",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "BlockId",
                table: "Assessments");
        }
    }
}
