using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace FrontBackOffice.Web.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PurchasingAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                table: "Accounts",
                columns: new[] { "Code", "Name", "Type" },
                values: new object[,]
                {
                    { "1400", "VAT receivable", "Asset" },
                    { "2000", "Accounts payable", "Liability" },
                    { "2050", "Goods received not invoiced", "Liability" },
                    { "5200", "Purchase price variance", "Expense" }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "Accounts",
                keyColumn: "Code",
                keyValue: "1400");

            migrationBuilder.DeleteData(
                table: "Accounts",
                keyColumn: "Code",
                keyValue: "2000");

            migrationBuilder.DeleteData(
                table: "Accounts",
                keyColumn: "Code",
                keyValue: "2050");

            migrationBuilder.DeleteData(
                table: "Accounts",
                keyColumn: "Code",
                keyValue: "5200");
        }
    }
}
