using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontBackOffice.Web.Data.PostgreSql.Migrations
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
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextValues",
                table: "AuditLog",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TextFormat",
                table: "AuditLog");

            migrationBuilder.DropColumn(
                name: "TextValues",
                table: "AuditLog");
        }
    }
}
