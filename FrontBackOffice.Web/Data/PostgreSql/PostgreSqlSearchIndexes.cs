using Microsoft.EntityFrameworkCore.Migrations;

namespace FrontBackOffice.Web.Data.PostgreSql;

/// <summary>
/// The lists search case-insensitively for text anywhere in a column (<c>lower(column) LIKE '%term%'</c>, as EF writes
/// <c>column.ToLower().Contains(term)</c>). A B-tree index cannot serve that; on PostgreSQL a trigram index on the
/// lower-cased column can, for terms of three characters or more. A migration that adds a searched column adds its
/// index with <see cref="Create"/>.
/// </summary>
public static class PostgreSqlSearchIndexes
{
    /// <summary>The columns searched when the PostgreSQL migrations began.</summary>
    public static readonly (string Table, string Column)[] Initial =
    [
        ("Customers", "Name"), ("Customers", "TaxNumber"), ("Customers", "Email"),
        ("Products", "Sku"), ("Products", "Name"),
        ("SalesOrders", "InvoiceNumber"),
        ("Complaints", "Subject"),
        ("Employees", "Name"), ("Employees", "Department"), ("Employees", "TaxNumber"),
        ("CountLines", "Sku"), ("CountLines", "ProductName"),
        ("JournalEntries", "Description"),
        ("AuditLog", "ActorName"), ("AuditLog", "Subject"),
        ("AspNetUsers", "DisplayName"), ("AspNetUsers", "Email"),
    ];

    public static void Create(MigrationBuilder migration, params (string Table, string Column)[] searched)
    {
        migration.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
        foreach (var (table, column) in searched)
        {
            migration.Sql($"""CREATE INDEX "IX_{table}_{column}_Search" ON "{table}" USING gin (lower("{column}") gin_trgm_ops);""");
        }
    }
}
