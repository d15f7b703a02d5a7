using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontBackOffice.Web.Data.Sqlite.Migrations
{
    /// <summary>
    /// TextLengths rebuilt the tables on SQLite, which drops their triggers: the ledger's and the audit log's rules come
    /// back here, in a migration of their own so that they run after the rebuilds.
    /// </summary>
    public partial class RestoreDatabaseRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => DatabaseRules.CreateSqliteTriggers(migrationBuilder);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
