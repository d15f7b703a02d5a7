using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontBackOffice.Web.Data.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SaidValues",
                table: "JobRuns",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "CK_JobRuns_SaidFormat_Length",
                table: "JobRuns",
                sql: "length(\"SaidFormat\") <= 4000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_JobRuns_SaidValues_Length",
                table: "JobRuns",
                sql: "length(\"SaidValues\") <= 4000");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_JobRuns_SaidFormat_Length",
                table: "JobRuns");

            migrationBuilder.DropCheckConstraint(
                name: "CK_JobRuns_SaidValues_Length",
                table: "JobRuns");

            migrationBuilder.DropColumn(
                name: "SaidFormat",
                table: "JobRuns");

            migrationBuilder.DropColumn(
                name: "SaidValues",
                table: "JobRuns");
        }
    }
}
