using FrontBackOffice.Domain;
using System.Data.Common;
using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Shared.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Data;

/// <summary>
/// What the database itself refuses, whatever code writes to it: checked with plain SQL on a migrated database, on
/// SQLite and on PostgreSQL alike.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DatabaseRulesTests : IAsyncLifetime
{
    private readonly AppFactory app = new() { Demo = false, RunJobServer = false };

    public async Task InitializeAsync()
    {
        _ = app.Server;
        await SqlAsync("""
            INSERT INTO "JournalEntries" ("Date", "Description", "SourceType", "SourceId", "PostedBy", "PostedAt") VALUES ('2026-03-02', 'Test', 'Test', 1, 'x', '2026-03-02 10:00:00');
            INSERT INTO "JournalLines" ("EntryId", "AccountCode", "Debit", "Credit") VALUES ((SELECT MAX("Id") FROM "JournalEntries"), '1100', 10000, 0);
            INSERT INTO "ClosedDays" ("Date", "Entries", "Debits", "ClosedBy", "ClosedAt") VALUES ('2026-03-05', 0, 0, 'x', '2026-03-06 02:00:00');
            INSERT INTO "AuditLog" ("At", "Kind", "ActorName", "Text") VALUES ('2026-03-02 10:00:00', 'SignIn', 'x', 'Signed in.');
            """);
    }

    public Task DisposeAsync() => app.DisposeAsync().AsTask();

    private async Task SqlAsync(string sql)
    {
        await using var db = app.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    [Theory]
    [InlineData("""UPDATE "JournalLines" SET "Debit" = 20000""", "cannot be changed")]
    [InlineData("""DELETE FROM "JournalLines" """, "cannot be deleted")]
    [InlineData("""UPDATE "JournalEntries" SET "Description" = 'Other'""", "cannot be changed")]
    [InlineData("""DELETE FROM "JournalEntries" """, "cannot be deleted")]
    [InlineData("""UPDATE "AuditLog" SET "Text" = 'Nothing happened.'""", "append-only")]
    [InlineData("""DELETE FROM "AuditLog" """, "append-only")]
    [InlineData("""INSERT INTO "JournalEntries" ("Date", "Description", "SourceType", "SourceId", "PostedBy", "PostedAt") VALUES ('2026-03-04', 'Late', 'Test', 2, 'x', '2026-03-06 10:00:00')""", "day is closed")]
    public async Task LedgerAndAuditRules_HoldAgainstPlainSql(string sql, string refusal)
    {
        var refused = await Assert.ThrowsAnyAsync<DbException>(() => SqlAsync(sql));

        Assert.Contains(refusal, refused.Message);
    }

    [Fact]
    public async Task EntriesWrittenInBulk_MeetTheSameRules_AndNothingOfTheChunkIsSaved()
    {
        var ledger = app.Services.GetRequiredService<LedgerPosting>();
        await using var db = app.CreateDbContext();
        var open = new LockDate(null); // the code's own check waved through: the database's must refuse
        JournalEntry Entry(int id, DateOnly day) => JournalEntry.Post(day, UserMessage.Of($"Bulk {id}"), new PostingSource(PostingSource.Shipment, id),
            [JournalLine.DebitOf(Accounts.CostOfGoodsSold, 12.34m), JournalLine.CreditOf(Accounts.Inventory, 12.34m)], open, "x", DateTime.UtcNow);

        var refused = await Assert.ThrowsAnyAsync<DbException>(() =>
            ledger.PostInBulkAsync(db, [new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 4)], (day, _) => Entry(day.Day, day), CancellationToken.None));
        Assert.Contains("day is closed", refused.Message);
        Assert.False(await db.JournalEntries.AnyAsync(e => e.SourceType == PostingSource.Shipment));

        Assert.Equal(1, await ledger.PostInBulkAsync(db, [new DateOnly(2026, 3, 9)], (day, _) => Entry(7, day), CancellationToken.None));
        await Assert.ThrowsAnyAsync<DbException>(() =>
            ledger.PostInBulkAsync(db, [new DateOnly(2026, 3, 10)], (day, _) => Entry(7, day), CancellationToken.None));
        Assert.Equal(1, await db.JournalEntries.CountAsync(e => e.SourceType == PostingSource.Shipment));
        var booked = await db.JournalEntries.AsNoTracking().Include(e => e.Lines).SingleAsync(e => e.SourceType == PostingSource.Shipment);
        Assert.Equal((12.34m, 12.34m, new DateOnly(2026, 3, 9)), (booked.TotalDebit, booked.TotalCredit, booked.Date));
    }

    [Theory]
    [InlineData("Customers", "Name", 200)]
    [InlineData("Employees", "Department", 100)]
    [InlineData("Products", "Name", 200)]
    [InlineData("AspNetUsers", "DisplayName", 200)]
    public async Task TextLongerThanItsColumn_IsRefused(string table, string column, int length)
    {
        // SQLite's row version is a column of the app's; PostgreSQL's is the row's own xmin.
        var (version, first) = TestDatabase.IsPostgreSql ? ("", "") : (", \"Version\"", ", 0");
        var sql = table switch
        {
            "Customers" => $$"""INSERT INTO "Customers" ("Name", "TaxNumber", "CreatedAt"{{version}}) VALUES ({0}, 'TX1', '2026-03-02'{{first}})""",
            "Employees" => $$"""INSERT INTO "Employees" ("Name", "TaxNumber", "Department", "HireDate", "PayType", "MonthlySalary"{{version}}) VALUES ('Ann', 'TX1', {0}, '2025-01-01', 'Salaried', 1000{{first}})""",
            "Products" => $$"""INSERT INTO "Products" ("Sku", "Name", "UnitPrice", "UnitCost", "ReorderLevel", "OnHand", "StockValue"{{version}}) VALUES ('P1', {0}, 0, 0, 0, 0, 0{{first}})""",
            _ => """INSERT INTO "AspNetUsers" ("Id", "DisplayName", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount", "MustChangePassword") VALUES ('u1', {0}, FALSE, FALSE, FALSE, FALSE, 0, FALSE)""",
        };
        await using var db = app.CreateDbContext();

        var refused = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync(sql, new string('x', length + 1)));

        Assert.Contains(TestDatabase.IsPostgreSql ? $"character varying({length})" : $"CK_{table}_{column}_Length", refused.Message);
    }
}
