using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontBackOffice.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Pipeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Leads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Company = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TaxNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DisqualifiedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads", x => x.Id);
                    table.CheckConstraint("CK_Leads_Company_Length", "length(\"Company\") <= 200");
                    table.CheckConstraint("CK_Leads_CreatedBy_Length", "length(\"CreatedBy\") <= 200");
                    table.CheckConstraint("CK_Leads_Disqualified", "(\"Status\" = 'Disqualified' AND \"DisqualifiedReason\" IS NOT NULL) OR (\"Status\" <> 'Disqualified' AND \"DisqualifiedReason\" IS NULL)");
                    table.CheckConstraint("CK_Leads_DisqualifiedReason_Length", "length(\"DisqualifiedReason\") <= 500");
                    table.CheckConstraint("CK_Leads_Email_Length", "length(\"Email\") <= 256");
                    table.CheckConstraint("CK_Leads_Name_Length", "length(\"Name\") <= 200");
                    table.CheckConstraint("CK_Leads_Notes_Length", "length(\"Notes\") <= 4000");
                    table.CheckConstraint("CK_Leads_Phone_Length", "length(\"Phone\") <= 64");
                    table.CheckConstraint("CK_Leads_TaxNumber_Length", "length(\"TaxNumber\") <= 32");
                });

            migrationBuilder.CreateTable(
                name: "Opportunities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LeadId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExpectedValue = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpectedClose = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StageChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LostReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opportunities", x => x.Id);
                    table.CheckConstraint("CK_Opportunities_ExpectedValue", "\"ExpectedValue\" >= 0");
                    table.CheckConstraint("CK_Opportunities_Lost", "(\"Stage\" = 'Lost' AND \"LostReason\" IS NOT NULL) OR (\"Stage\" <> 'Lost' AND \"LostReason\" IS NULL)");
                    table.CheckConstraint("CK_Opportunities_LostReason_Length", "length(\"LostReason\") <= 500");
                    table.CheckConstraint("CK_Opportunities_Owner_Length", "length(\"Owner\") <= 200");
                    table.CheckConstraint("CK_Opportunities_Title_Length", "length(\"Title\") <= 200");
                    table.CheckConstraint("CK_Opportunities_Won", "(\"Stage\" = 'Won' AND \"CustomerId\" IS NOT NULL) OR (\"Stage\" <> 'Won' AND \"CustomerId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_Opportunities_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Opportunities_Leads_LeadId",
                        column: x => x.LeadId,
                        principalTable: "Leads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Email",
                table: "Leads",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Status_CreatedAt",
                table: "Leads",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_TaxNumber",
                table: "Leads",
                column: "TaxNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_CustomerId",
                table: "Opportunities",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_LeadId",
                table: "Opportunities",
                column: "LeadId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_Stage_ExpectedClose",
                table: "Opportunities",
                columns: new[] { "Stage", "ExpectedClose" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Opportunities");

            migrationBuilder.DropTable(
                name: "Leads");
        }
    }
}
