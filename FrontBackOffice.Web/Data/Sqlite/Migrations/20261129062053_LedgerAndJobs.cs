using System;
using FrontBackOffice.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace FrontBackOffice.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LedgerAndJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CostOfGoodsSold",
                table: "SalesOrders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Accounts",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "ClosedDays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Entries = table.Column<int>(type: "INTEGER", nullable: false),
                    Debits = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClosedDays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JobType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Parameters = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Done = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    QueuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    HangfireJobId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JournalEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SourceType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceId = table.Column<long>(type: "INTEGER", nullable: false),
                    PostedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PostedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReversesEntryId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JournalEntries_JournalEntries_ReversesEntryId",
                        column: x => x.ReversesEntryId,
                        principalTable: "JournalEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JournalLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    AccountCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Debit = table.Column<long>(type: "INTEGER", nullable: false),
                    Credit = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalLines", x => x.Id);
                    table.CheckConstraint("CK_JournalLines_OneSide", "\"Debit\" >= 0 AND \"Credit\" >= 0 AND (\"Debit\" = 0 OR \"Credit\" = 0) AND \"Debit\" + \"Credit\" > 0");
                    table.ForeignKey(
                        name: "FK_JournalLines_Accounts_AccountCode",
                        column: x => x.AccountCode,
                        principalTable: "Accounts",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JournalLines_JournalEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "JournalEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "Accounts",
                columns: new[] { "Code", "Name", "Type" },
                values: new object[,]
                {
                    { "1100", "Bank", "Asset" },
                    { "1200", "Accounts receivable", "Asset" },
                    { "1300", "Inventory", "Asset" },
                    { "2100", "VAT payable", "Liability" },
                    { "2200", "Wages payable", "Liability" },
                    { "2300", "Income tax withheld", "Liability" },
                    { "2400", "Social security payable", "Liability" },
                    { "4000", "Sales revenue", "Revenue" },
                    { "5000", "Cost of goods sold", "Expense" },
                    { "5100", "Inventory adjustments", "Expense" },
                    { "6000", "Salaries", "Expense" },
                    { "6100", "Employer social security", "Expense" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_JobType_QueuedAt",
                table: "JobRuns",
                columns: new[] { "JobType", "QueuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_OneActivePerSubject",
                table: "JobRuns",
                columns: new[] { "JobType", "Subject" },
                unique: true,
                filter: "\"State\" IN ('Queued', 'Running')");

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_QueuedAt",
                table: "JobRuns",
                column: "QueuedAt");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_Date",
                table: "JournalEntries",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_ReversesEntryId",
                table: "JournalEntries",
                column: "ReversesEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_SourceType_SourceId",
                table: "JournalEntries",
                columns: new[] { "SourceType", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JournalLines_AccountCode_EntryId",
                table: "JournalLines",
                columns: new[] { "AccountCode", "EntryId" });

            migrationBuilder.CreateIndex(
                name: "IX_JournalLines_EntryId",
                table: "JournalLines",
                column: "EntryId");

            // The books are enforced by the database too: a posted entry or line is never changed or deleted,
            // and nothing is posted on or before the last closed day.
            migrationBuilder.Sql("""
                CREATE TRIGGER JournalEntries_Immutable_Update BEFORE UPDATE ON JournalEntries
                BEGIN SELECT RAISE(ABORT, 'A posted journal entry cannot be changed; post a reversing entry.'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER JournalEntries_Immutable_Delete BEFORE DELETE ON JournalEntries
                BEGIN SELECT RAISE(ABORT, 'A posted journal entry cannot be deleted; post a reversing entry.'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER JournalLines_Immutable_Update BEFORE UPDATE ON JournalLines
                BEGIN SELECT RAISE(ABORT, 'A posted journal line cannot be changed; post a reversing entry.'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER JournalLines_Immutable_Delete BEFORE DELETE ON JournalLines
                BEGIN SELECT RAISE(ABORT, 'A posted journal line cannot be deleted; post a reversing entry.'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER JournalEntries_NotInClosedDay BEFORE INSERT ON JournalEntries
                WHEN NEW.Date <= (SELECT MAX(Date) FROM ClosedDays)
                BEGIN SELECT RAISE(ABORT, 'The accounting day is closed; post into an open day.'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "JournalEntries_Immutable_Update", "JournalEntries_Immutable_Delete", "JournalLines_Immutable_Update", "JournalLines_Immutable_Delete", "JournalEntries_NotInClosedDay" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger};");
            }

            migrationBuilder.DropTable(
                name: "ClosedDays");

            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropTable(
                name: "JournalLines");

            migrationBuilder.DropTable(
                name: "Accounts");

            migrationBuilder.DropTable(
                name: "JournalEntries");

            migrationBuilder.DropColumn(
                name: "CostOfGoodsSold",
                table: "SalesOrders");
        }
    }
}
