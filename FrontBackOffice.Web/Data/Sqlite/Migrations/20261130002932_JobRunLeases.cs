using System;
using FrontBackOffice.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontBackOffice.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class JobRunLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "LeaseExpiresAt",
                table: "JobRuns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "JobRuns",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Resumes",
                table: "JobRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_LeaseExpiresAt",
                table: "JobRuns",
                column: "LeaseExpiresAt");

            migrationBuilder.AddCheckConstraint(
                name: "CK_JobRuns_LeaseOwner_Length",
                table: "JobRuns",
                sql: "length(\"LeaseOwner\") <= 100");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_JobRuns_LeaseExpiresAt",
                table: "JobRuns");

            migrationBuilder.DropCheckConstraint(
                name: "CK_JobRuns_LeaseOwner_Length",
                table: "JobRuns");

            migrationBuilder.DropColumn(
                name: "LeaseExpiresAt",
                table: "JobRuns");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "JobRuns");

            migrationBuilder.DropColumn(
                name: "Resumes",
                table: "JobRuns");
        }
    }
}
