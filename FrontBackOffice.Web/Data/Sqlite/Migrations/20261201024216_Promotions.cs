using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontBackOffice.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Promotions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_SalesOrderLines_Amounts",
                table: "SalesOrderLines");

            migrationBuilder.AddColumn<long>(
                name: "DiscountTotal",
                table: "SalesOrders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "PromotionId",
                table: "SalesOrders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Discount",
                table: "SalesOrderLines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "Promotions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MinimumOrder = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Promotions", x => x.Id);
                    table.CheckConstraint("CK_Promotions_Code_Length", "length(\"Code\") <= 20");
                    table.CheckConstraint("CK_Promotions_CreatedBy_Length", "length(\"CreatedBy\") <= 200");
                    table.CheckConstraint("CK_Promotions_Dates", "\"EndsOn\" >= \"StartsOn\"");
                    table.CheckConstraint("CK_Promotions_MinimumOrder", "\"MinimumOrder\" >= 0");
                    table.CheckConstraint("CK_Promotions_Name_Length", "length(\"Name\") <= 200");
                    table.CheckConstraint("CK_Promotions_Value", "\"Value\" > 0");
                });

            migrationBuilder.CreateTable(
                name: "PromotionProducts",
                columns: table => new
                {
                    PromotionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromotionProducts", x => new { x.PromotionId, x.ProductId });
                    table.ForeignKey(
                        name: "FK_PromotionProducts_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PromotionProducts_Promotions_PromotionId",
                        column: x => x.PromotionId,
                        principalTable: "Promotions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Accounts",
                columns: new[] { "Code", "Name", "Type" },
                values: new object[] { "4100", "Sales discounts", "Revenue" });

            migrationBuilder.CreateIndex(
                name: "IX_SalesOrders_PromotionId",
                table: "SalesOrders",
                column: "PromotionId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_SalesOrders_Discount",
                table: "SalesOrders",
                sql: "\"DiscountTotal\" = 0 OR (\"DiscountTotal\" > 0 AND \"PromotionId\" IS NOT NULL)");

            migrationBuilder.AddCheckConstraint(
                name: "CK_SalesOrderLines_Amounts",
                table: "SalesOrderLines",
                sql: "\"UnitPrice\" >= 0 AND \"Discount\" >= 0 AND \"Net\" >= 0 AND \"Gross\" = \"Net\" + \"Vat\"");

            migrationBuilder.CreateIndex(
                name: "IX_PromotionProducts_ProductId",
                table: "PromotionProducts",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_Promotions_Code",
                table: "Promotions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Promotions_StartsOn",
                table: "Promotions",
                column: "StartsOn");

            migrationBuilder.AddForeignKey(
                name: "FK_SalesOrders_Promotions_PromotionId",
                table: "SalesOrders",
                column: "PromotionId",
                principalTable: "Promotions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_SalesOrders_Promotions_PromotionId",
                table: "SalesOrders");

            migrationBuilder.DropTable(
                name: "PromotionProducts");

            migrationBuilder.DropTable(
                name: "Promotions");

            migrationBuilder.DropIndex(
                name: "IX_SalesOrders_PromotionId",
                table: "SalesOrders");

            migrationBuilder.DropCheckConstraint(
                name: "CK_SalesOrders_Discount",
                table: "SalesOrders");

            migrationBuilder.DropCheckConstraint(
                name: "CK_SalesOrderLines_Amounts",
                table: "SalesOrderLines");

            migrationBuilder.DeleteData(
                table: "Accounts",
                keyColumn: "Code",
                keyValue: "4100");

            migrationBuilder.DropColumn(
                name: "DiscountTotal",
                table: "SalesOrders");

            migrationBuilder.DropColumn(
                name: "PromotionId",
                table: "SalesOrders");

            migrationBuilder.DropColumn(
                name: "Discount",
                table: "SalesOrderLines");

            migrationBuilder.AddCheckConstraint(
                name: "CK_SalesOrderLines_Amounts",
                table: "SalesOrderLines",
                sql: "\"UnitPrice\" >= 0 AND \"Gross\" = \"Net\" + \"Vat\"");
        }
    }
}
