using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontBackOffice.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditWording : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TextFormat",
                table: "AuditLog",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextValues",
                table: "AuditLog",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "CK_AuditLog_TextFormat_Length",
                table: "AuditLog",
                sql: "length(\"TextFormat\") <= 2000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AuditLog_TextValues_Length",
                table: "AuditLog",
                sql: "length(\"TextValues\") <= 2000");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_AuditLog_TextFormat_Length",
                table: "AuditLog");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AuditLog_TextValues_Length",
                table: "AuditLog");

            migrationBuilder.DropColumn(
                name: "TextFormat",
                table: "AuditLog");

            migrationBuilder.DropColumn(
                name: "TextValues",
                table: "AuditLog");
        }
    }
}
