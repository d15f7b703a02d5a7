using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontBackOffice.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ComplaintEventWording : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TextFormat",
                table: "ComplaintEvents",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextValues",
                table: "ComplaintEvents",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "CK_ComplaintEvents_TextFormat_Length",
                table: "ComplaintEvents",
                sql: "length(\"TextFormat\") <= 500");

            migrationBuilder.AddCheckConstraint(
                name: "CK_ComplaintEvents_TextValues_Length",
                table: "ComplaintEvents",
                sql: "length(\"TextValues\") <= 2000");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_ComplaintEvents_TextFormat_Length",
                table: "ComplaintEvents");

            migrationBuilder.DropCheckConstraint(
                name: "CK_ComplaintEvents_TextValues_Length",
                table: "ComplaintEvents");

            migrationBuilder.DropColumn(
                name: "TextFormat",
                table: "ComplaintEvents");

            migrationBuilder.DropColumn(
                name: "TextValues",
                table: "ComplaintEvents");
        }
    }
}
