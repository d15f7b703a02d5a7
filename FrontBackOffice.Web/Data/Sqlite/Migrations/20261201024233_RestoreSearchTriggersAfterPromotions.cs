using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontBackOffice.Web.Data.Sqlite.Migrations
{
    /// <summary>
    /// Promotions rebuilt SalesOrders on SQLite (to add its promotion's foreign key), which drops its triggers: the search
    /// triggers come back here, in a migration of their own so that they run after the rebuild.
    /// </summary>
    public partial class RestoreSearchTriggersAfterPromotions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => TextSearch.CreateSqliteTriggers(migrationBuilder);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
