using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontBackOffice.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Campaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CampaignId",
                table: "SalesOrders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CampaignId",
                table: "Leads",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Campaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Budget = table.Column<long>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TargetSegment = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Campaigns", x => x.Id);
                    table.CheckConstraint("CK_Campaigns_Budget", "\"Budget\" >= 0");
                    table.CheckConstraint("CK_Campaigns_Code_Length", "length(\"Code\") <= 20");
                    table.CheckConstraint("CK_Campaigns_CreatedBy_Length", "length(\"CreatedBy\") <= 200");
                    table.CheckConstraint("CK_Campaigns_Dates", "\"EndsOn\" >= \"StartsOn\"");
                    table.CheckConstraint("CK_Campaigns_Name_Length", "length(\"Name\") <= 200");
                });

            migrationBuilder.CreateIndex(
                name: "IX_SalesOrders_CampaignId_InvoiceDate",
                table: "SalesOrders",
                columns: new[] { "CampaignId", "InvoiceDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_CampaignId",
                table: "Leads",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_Code",
                table: "Campaigns",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_StartsOn",
                table: "Campaigns",
                column: "StartsOn");

            migrationBuilder.AddForeignKey(
                name: "FK_Leads_Campaigns_CampaignId",
                table: "Leads",
                column: "CampaignId",
                principalTable: "Campaigns",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_SalesOrders_Campaigns_CampaignId",
                table: "SalesOrders",
                column: "CampaignId",
                principalTable: "Campaigns",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Leads_Campaigns_CampaignId",
                table: "Leads");

            migrationBuilder.DropForeignKey(
                name: "FK_SalesOrders_Campaigns_CampaignId",
                table: "SalesOrders");

            migrationBuilder.DropTable(
                name: "Campaigns");

            migrationBuilder.DropIndex(
                name: "IX_SalesOrders_CampaignId_InvoiceDate",
                table: "SalesOrders");

            migrationBuilder.DropIndex(
                name: "IX_Leads_CampaignId",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "CampaignId",
                table: "SalesOrders");

            migrationBuilder.DropColumn(
                name: "CampaignId",
                table: "Leads");
        }
    }
}
