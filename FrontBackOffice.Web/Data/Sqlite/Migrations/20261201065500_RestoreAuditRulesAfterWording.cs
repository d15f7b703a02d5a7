using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontBackOffice.Web.Data.Sqlite.Migrations
{
    /// <summary>
    /// AuditWording's check constraints rebuilt the audit log on SQLite, which drops its triggers: its append-only rule
    /// comes back here, in a migration of its own so that it runs after the rebuild.
    /// </summary>
    public partial class RestoreAuditRulesAfterWording : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => DatabaseRules.CreateSqliteTriggers(migrationBuilder);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
