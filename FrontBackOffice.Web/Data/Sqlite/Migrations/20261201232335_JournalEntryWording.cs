using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontBackOffice.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class JournalEntryWording : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DescriptionFormat",
                table: "JournalEntries",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DescriptionValues",
                table: "JournalEntries",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "CK_JournalEntries_DescriptionFormat_Length",
                table: "JournalEntries",
                sql: "length(\"DescriptionFormat\") <= 500");

            migrationBuilder.AddCheckConstraint(
                name: "CK_JournalEntries_DescriptionValues_Length",
                table: "JournalEntries",
                sql: "length(\"DescriptionValues\") <= 2000");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_JournalEntries_DescriptionFormat_Length",
                table: "JournalEntries");

            migrationBuilder.DropCheckConstraint(
                name: "CK_JournalEntries_DescriptionValues_Length",
                table: "JournalEntries");

            migrationBuilder.DropColumn(
                name: "DescriptionFormat",
                table: "JournalEntries");

            migrationBuilder.DropColumn(
                name: "DescriptionValues",
                table: "JournalEntries");
        }
    }
}
