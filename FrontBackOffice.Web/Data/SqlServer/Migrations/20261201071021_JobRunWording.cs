using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontBackOffice.Web.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class JobRunWording : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SaidFormat",
                table: "JobRuns",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SaidValues",
                table: "JobRuns",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SaidFormat",
                table: "JobRuns");

            migrationBuilder.DropColumn(
                name: "SaidValues",
                table: "JobRuns");
        }
    }
}
