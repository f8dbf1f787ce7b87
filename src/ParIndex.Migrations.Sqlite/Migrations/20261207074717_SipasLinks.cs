using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParIndex.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SipasLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SipasLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Population = table.Column<int>(type: "INTEGER", nullable: false),
                    Margin = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Quota = table.Column<int>(type: "INTEGER", nullable: false),
                    Received = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "SipasReceipts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SipasReceipts");

            migrationBuilder.DropTable(
                name: "SipasLinks");
        }
    }
}
