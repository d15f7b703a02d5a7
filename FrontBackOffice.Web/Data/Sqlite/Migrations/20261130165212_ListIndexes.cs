using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontBackOffice.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_SalesOrders_GrossTotal_Id",
                table: "SalesOrders",
                columns: new[] { "GrossTotal", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SalesOrders_NetTotal_Id",
                table: "SalesOrders",
                columns: new[] { "NetTotal", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SalesOrders_Status_Id",
                table: "SalesOrders",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_Email",
                table: "Customers",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_Phone",
                table: "Customers",
                column: "Phone");

            TextSearch.CreateSqliteTables(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            TextSearch.DropSqliteTables(migrationBuilder);

            migrationBuilder.DropIndex(
                name: "IX_SalesOrders_GrossTotal_Id",
                table: "SalesOrders");

            migrationBuilder.DropIndex(
                name: "IX_SalesOrders_NetTotal_Id",
                table: "SalesOrders");

            migrationBuilder.DropIndex(
                name: "IX_SalesOrders_Status_Id",
                table: "SalesOrders");

            migrationBuilder.DropIndex(
                name: "IX_Customers_Email",
                table: "Customers");

            migrationBuilder.DropIndex(
                name: "IX_Customers_Phone",
                table: "Customers");
        }
    }
}
