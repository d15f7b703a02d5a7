using Microsoft.EntityFrameworkCore.Migrations;

namespace FrontBackOffice.Web.Data;

/// <summary>
/// The rules the database enforces beyond its constraints, whatever code writes: a posted journal entry never changes,
/// nothing is posted into a closed day, and the audit log is append-only. On SQLite they are triggers, and SQLite drops
/// a table's triggers when a migration rebuilds the table, so such a migration creates them again with
/// <see cref="CreateSqliteTriggers"/>.
/// </summary>
public static class DatabaseRules
{
    private static readonly string[] SqliteTriggers =
    [
        """
        CREATE TRIGGER IF NOT EXISTS JournalEntries_Immutable_Update BEFORE UPDATE ON JournalEntries
        BEGIN SELECT RAISE(ABORT, 'A posted journal entry cannot be changed; post a reversing entry.'); END;
        """,
        """
        CREATE TRIGGER IF NOT EXISTS JournalEntries_Immutable_Delete BEFORE DELETE ON JournalEntries
        BEGIN SELECT RAISE(ABORT, 'A posted journal entry cannot be deleted; post a reversing entry.'); END;
        """,
        """
        CREATE TRIGGER IF NOT EXISTS JournalLines_Immutable_Update BEFORE UPDATE ON JournalLines
        BEGIN SELECT RAISE(ABORT, 'A posted journal line cannot be changed; post a reversing entry.'); END;
        """,
        """
        CREATE TRIGGER IF NOT EXISTS JournalLines_Immutable_Delete BEFORE DELETE ON JournalLines
        BEGIN SELECT RAISE(ABORT, 'A posted journal line cannot be deleted; post a reversing entry.'); END;
        """,
        """
        CREATE TRIGGER IF NOT EXISTS JournalEntries_NotInClosedDay BEFORE INSERT ON JournalEntries
        WHEN NEW.Date <= (SELECT MAX(Date) FROM ClosedDays)
        BEGIN SELECT RAISE(ABORT, 'The accounting day is closed; post into an open day.'); END;
        """,
        """
        CREATE TRIGGER IF NOT EXISTS AuditLog_AppendOnly_Update BEFORE UPDATE ON AuditLog
        BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;
        """,
        """
        CREATE TRIGGER IF NOT EXISTS AuditLog_AppendOnly_Delete BEFORE DELETE ON AuditLog
        BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;
        """,
    ];

    public static void CreateSqliteTriggers(MigrationBuilder migration)
    {
        foreach (var trigger in SqliteTriggers)
        {
            migration.Sql(trigger);
        }
    }
}
