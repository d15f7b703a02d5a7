using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontBackOffice.Web.Data.SqlServer.Migrations
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

            migrationBuilder.AddColumn<decimal>(
                name: "DiscountTotal",
                table: "SalesOrders",
                type: "decimal(19,4)",
                precision: 19,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<int>(
                name: "PromotionId",
                table: "SalesOrders",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Discount",
                table: "SalesOrderLines",
                type: "decimal(19,4)",
                precision: 19,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "Promotions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Value = table.Column<decimal>(type: "decimal(19,4)", precision: 19, scale: 4, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    MinimumOrder = table.Column<decimal>(type: "decimal(19,4)", precision: 19, scale: 4, nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<byte[]>(type: "rowversion", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Promotions", x => x.Id);
                    table.CheckConstraint("CK_Promotions_Dates", "\"EndsOn\" >= \"StartsOn\"");
                    table.CheckConstraint("CK_Promotions_MinimumOrder", "\"MinimumOrder\" >= 0");
                    table.CheckConstraint("CK_Promotions_Value", "\"Value\" > 0");
                });

            migrationBuilder.CreateTable(
                name: "PromotionProducts",
                columns: table => new
                {
                    PromotionId = table.Column<int>(type: "int", nullable: false),
                    ProductId = table.Column<int>(type: "int", nullable: false)
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
