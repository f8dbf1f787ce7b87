using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParIndex.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CouncilQuorumAndMajority : Migration
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
