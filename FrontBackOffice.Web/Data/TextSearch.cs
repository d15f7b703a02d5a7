using FrontBackOffice.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FrontBackOffice.Web.Data;

/// <summary>
/// The search boxes of the two lists that grow to millions of rows, customers and orders, find text anywhere in a
/// column, case-insensitively, through an index rather than a scan of every row. On SQLite the index is an FTS5 table
/// with the trigram tokenizer over the searched columns, kept in step with its table by triggers; on PostgreSQL it is a
/// trigram index on each lower-cased column (<see cref="PostgreSql.PostgreSqlSearchIndexes"/>), which serves the same
/// <c>LIKE</c> that the other lists use. A trigram index cannot serve a term shorter than three characters: such a term
/// is looked for in every row.
/// </summary>
public static class TextSearch
{
    public const int ShortestIndexed = 3;

    /// <summary>The SQLite search tables: the table each indexes, and its columns.</summary>
    private static readonly (string Table, string Search, string[] Columns)[] Searched =
    [
        ("Customers", "CustomerSearch", ["Name", "TaxNumber", "Email"]),
        ("SalesOrders", "InvoiceSearch", ["InvoiceNumber"]),
    ];

    /// <summary>The customers with the term in their name, tax number or e-mail.</summary>
    public static IQueryable<Customer> Matching(this IQueryable<Customer> customers, AppDbContext db, string term)
    {
        if (UsesFullTextIndex(db, term))
        {
            var ids = db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM CustomerSearch WHERE CustomerSearch MATCH {Phrase(term)}");
            return customers.Where(c => ids.Contains(c.Id));
        }
        return customers.Where(c => c.Name.ToLower().Contains(term) || c.TaxNumber.ToLower().Contains(term)
            || (c.Email != null && c.Email.ToLower().Contains(term)));
    }

    /// <summary>The ids of the customers with the term in their name.</summary>
    public static IQueryable<int> CustomersNamed(this AppDbContext db, string term) =>
        UsesFullTextIndex(db, term)
            ? db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM CustomerSearch WHERE CustomerSearch MATCH {"Name : " + Phrase(term)}")
            : db.Customers.Where(c => c.Name.ToLower().Contains(term)).Select(c => c.Id);

    /// <summary>The ids of the sales orders with the term in their invoice number.</summary>
    public static IQueryable<int> OrdersInvoiced(this AppDbContext db, string term) =>
        UsesFullTextIndex(db, term)
            ? db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM InvoiceSearch WHERE InvoiceSearch MATCH {Phrase(term)}")
            : db.SalesOrders.Where(o => o.InvoiceNumber != null && o.InvoiceNumber.ToLower().Contains(term)).Select(o => o.Id);

    private static bool UsesFullTextIndex(AppDbContext db, string term) => db.Database.IsSqlite() && term.Length >= ShortestIndexed;

    /// <summary>The term as one FTS5 phrase: with the trigram tokenizer, the text anywhere in the column.</summary>
    private static string Phrase(string term) => $"\"{term.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>
    /// The SQLite search tables, filled from the rows there are and kept in step by triggers. SQLite drops a table's
    /// triggers when a migration rebuilds the table, so a migration that rebuilds <c>Customers</c> or <c>SalesOrders</c>
    /// runs <see cref="CreateSqliteTriggers"/> again.
    /// </summary>
    public static void CreateSqliteTables(MigrationBuilder migration)
    {
        migration.Sql("CREATE VIRTUAL TABLE CustomerSearch USING fts5(Name, TaxNumber, Email, content='Customers', content_rowid='Id', tokenize='trigram');");
        migration.Sql("CREATE VIRTUAL TABLE InvoiceSearch USING fts5(InvoiceNumber, content='SalesOrders', content_rowid='Id', tokenize='trigram');");
        CreateSqliteTriggers(migration);
        migration.Sql("INSERT INTO CustomerSearch(CustomerSearch) VALUES ('rebuild');");
        migration.Sql("INSERT INTO InvoiceSearch(InvoiceSearch) VALUES ('rebuild');");
    }

    public static void DropSqliteTables(MigrationBuilder migration)
    {
        foreach (var (table, search, _) in Searched)
        {
            migration.Sql($"DROP TRIGGER IF EXISTS {table}_Search_Insert;");
            migration.Sql($"DROP TRIGGER IF EXISTS {table}_Search_Update;");
            migration.Sql($"DROP TRIGGER IF EXISTS {table}_Search_Delete;");
            migration.Sql($"DROP TABLE IF EXISTS {search};");
        }
    }

    public static void CreateSqliteTriggers(MigrationBuilder migration)
    {
        foreach (var (table, search, columns) in Searched)
        {
            var names = string.Join(", ", columns);
            string Values(string row) => string.Join(", ", columns.Select(c => $"{row}.{c}"));
            var remove = $"INSERT INTO {search}({search}, rowid, {names}) VALUES ('delete', old.Id, {Values("old")});";
            var add = $"INSERT INTO {search}(rowid, {names}) VALUES (new.Id, {Values("new")});";
            migration.Sql($"CREATE TRIGGER IF NOT EXISTS {table}_Search_Insert AFTER INSERT ON {table} BEGIN {add} END;");
            migration.Sql($"CREATE TRIGGER IF NOT EXISTS {table}_Search_Delete AFTER DELETE ON {table} BEGIN {remove} END;");
            migration.Sql($"CREATE TRIGGER IF NOT EXISTS {table}_Search_Update AFTER UPDATE OF {names} ON {table} BEGIN {remove} {add} END;");
        }
    }
}
