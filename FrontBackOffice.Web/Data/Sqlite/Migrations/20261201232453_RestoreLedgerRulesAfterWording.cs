using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontBackOffice.Web.Data.Sqlite.Migrations
{
    /// <summary>
    /// JournalEntryWording's check constraints rebuilt the journal entries on SQLite, which drops their triggers: the
    /// ledger's rules (entries never change, none in a closed day) come back here, in a migration of their own so that
    /// they run after the rebuild.
    /// </summary>
    public partial class RestoreLedgerRulesAfterWording : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => DatabaseRules.CreateSqliteTriggers(migrationBuilder);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
