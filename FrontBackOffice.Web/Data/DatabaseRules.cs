using Microsoft.EntityFrameworkCore.Migrations;

namespace FrontBackOffice.Web.Data;

/// <summary>
/// The rules the database enforces beyond its constraints, whatever code writes: a posted journal entry never changes,
/// nothing is posted into a closed day, and the audit log is append-only. They are triggers on every provider, each in
/// its own SQL, created by that provider's first migration. SQLite drops a table's triggers when a migration rebuilds
/// the table, so such a migration creates them again with <see cref="CreateSqliteTriggers"/>.
/// </summary>
public static class DatabaseRules
{
    private const string EntryChanged = "A posted journal entry cannot be changed; post a reversing entry.";
    private const string EntryDeleted = "A posted journal entry cannot be deleted; post a reversing entry.";
    private const string LineChanged = "A posted journal line cannot be changed; post a reversing entry.";
    private const string LineDeleted = "A posted journal line cannot be deleted; post a reversing entry.";
    private const string DayClosed = "The accounting day is closed; post into an open day.";
    private const string AppendOnly = "The audit log is append-only.";

    /// <summary>The tables no row of which is ever changed or deleted, with the refusal of each.</summary>
    private static readonly (string Table, string Changed, string Deleted)[] Guarded =
    [
        ("JournalEntries", EntryChanged, EntryDeleted), ("JournalLines", LineChanged, LineDeleted), ("AuditLog", AppendOnly, AppendOnly),
    ];

    private static readonly string[] SqliteTriggers =
    [
        $"""
        CREATE TRIGGER IF NOT EXISTS JournalEntries_Immutable_Update BEFORE UPDATE ON JournalEntries
        BEGIN SELECT RAISE(ABORT, '{EntryChanged}'); END;
        """,
        $"""
        CREATE TRIGGER IF NOT EXISTS JournalEntries_Immutable_Delete BEFORE DELETE ON JournalEntries
        BEGIN SELECT RAISE(ABORT, '{EntryDeleted}'); END;
        """,
        $"""
        CREATE TRIGGER IF NOT EXISTS JournalLines_Immutable_Update BEFORE UPDATE ON JournalLines
        BEGIN SELECT RAISE(ABORT, '{LineChanged}'); END;
        """,
        $"""
        CREATE TRIGGER IF NOT EXISTS JournalLines_Immutable_Delete BEFORE DELETE ON JournalLines
        BEGIN SELECT RAISE(ABORT, '{LineDeleted}'); END;
        """,
        $"""
        CREATE TRIGGER IF NOT EXISTS JournalEntries_NotInClosedDay BEFORE INSERT ON JournalEntries
        WHEN NEW.Date <= (SELECT MAX(Date) FROM ClosedDays)
        BEGIN SELECT RAISE(ABORT, '{DayClosed}'); END;
        """,
        $"""
        CREATE TRIGGER IF NOT EXISTS AuditLog_AppendOnly_Update BEFORE UPDATE ON AuditLog
        BEGIN SELECT RAISE(ABORT, '{AppendOnly}'); END;
        """,
        $"""
        CREATE TRIGGER IF NOT EXISTS AuditLog_AppendOnly_Delete BEFORE DELETE ON AuditLog
        BEGIN SELECT RAISE(ABORT, '{AppendOnly}'); END;
        """,
    ];

    public static void CreateSqliteTriggers(MigrationBuilder migration)
    {
        foreach (var trigger in SqliteTriggers)
        {
            migration.Sql(trigger);
        }
    }

    /// <summary>
    /// PostgreSQL: one function refuses a change with the message its trigger passes; the closed-day check holds a share
    /// lock on <c>ClosedDays</c> until the posting commits, so a day cannot be closed between the check and the commit.
    /// TRUNCATE is refused too.
    /// </summary>
    public static void CreatePostgreSqlTriggers(MigrationBuilder migration)
    {
        migration.Sql("""
            CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'integrity_constraint_violation';
            END $$;
            """);
        migration.Sql($$"""
            CREATE FUNCTION refuse_posting_into_closed_day() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                LOCK TABLE "ClosedDays" IN SHARE MODE;
                IF NEW."Date" <= (SELECT MAX("Date") FROM "ClosedDays") THEN
                    RAISE EXCEPTION '{{DayClosed}}' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN NEW;
            END $$;
            """);
        foreach (var (table, changed, deleted) in Guarded)
        {
            migration.Sql($"""
                CREATE TRIGGER "{table}_Immutable_Update" BEFORE UPDATE ON "{table}" FOR EACH ROW EXECUTE FUNCTION refuse_change('{changed}');
                CREATE TRIGGER "{table}_Immutable_Delete" BEFORE DELETE ON "{table}" FOR EACH ROW EXECUTE FUNCTION refuse_change('{deleted}');
                CREATE TRIGGER "{table}_Immutable_Truncate" BEFORE TRUNCATE ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('{deleted}');
                """);
        }
        migration.Sql("""
            CREATE TRIGGER "JournalEntries_NotInClosedDay" BEFORE INSERT ON "JournalEntries" FOR EACH ROW EXECUTE FUNCTION refuse_posting_into_closed_day();
            """);
    }

    /// <summary>
    /// SQL Server: AFTER triggers that throw, which rolls the statement back; the closed-day check reads
    /// <c>ClosedDays</c> with a range lock held to the end of the transaction, so a day cannot be closed meanwhile.
    /// CREATE TRIGGER must start its batch, and an idempotent script puts every step under an IF, so each one runs
    /// through <c>EXEC</c>.
    /// </summary>
    public static void CreateSqlServerTriggers(MigrationBuilder migration)
    {
        var batch = new SqlServerBatches(migration);
        foreach (var (table, changed, deleted) in Guarded)
        {
            batch.Sql($"""
                CREATE TRIGGER [{table}_Immutable_Update] ON [{table}] AFTER UPDATE AS
                BEGIN
                    SET NOCOUNT ON;
                    IF EXISTS (SELECT 1 FROM deleted) THROW 50001, '{changed}', 1;
                END
                """);
            batch.Sql($"""
                CREATE TRIGGER [{table}_Immutable_Delete] ON [{table}] AFTER DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    IF EXISTS (SELECT 1 FROM deleted) THROW 50002, '{deleted}', 1;
                END
                """);
        }
        batch.Sql($"""
            CREATE TRIGGER [JournalEntries_NotInClosedDay] ON [JournalEntries] AFTER INSERT AS
            BEGIN
                SET NOCOUNT ON;
                IF EXISTS (SELECT 1 FROM inserted i WHERE i.[Date] <= (SELECT MAX([Date]) FROM [ClosedDays] WITH (HOLDLOCK)))
                    THROW 50003, '{DayClosed}', 1;
            END
            """);
    }

    private readonly struct SqlServerBatches(MigrationBuilder migration)
    {
        public void Sql(string statement) => migration.Sql($"EXEC(N'{statement.Replace("'", "''", StringComparison.Ordinal)}');");
    }
}
