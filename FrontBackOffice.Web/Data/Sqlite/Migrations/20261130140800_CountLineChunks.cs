using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontBackOffice.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CountLineChunks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_CountLines_SessionId_Id",
                table: "CountLines",
                columns: new[] { "SessionId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CountLines_SessionId_Id",
                table: "CountLines");
        }
    }
}
