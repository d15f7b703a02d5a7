using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontBackOffice.Web.Data.PostgreSql.Migrations
{
    /// <summary>
    /// Every committed change of a job run notifies the channel <c>job_runs</c> with the run's id, so a node whose pages
    /// watch runs (<c>JobRunWatch</c>) hears of a run another node executes as it commits, without polling.
    /// </summary>
    public partial class JobRunNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION notify_job_run_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('job_runs', NEW."Id"::text);
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "JobRuns_Notify" AFTER INSERT OR UPDATE ON "JobRuns"
                FOR EACH ROW EXECUTE FUNCTION notify_job_run_changed();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "JobRuns_Notify" ON "JobRuns";""");
            migrationBuilder.Sql("DROP FUNCTION notify_job_run_changed();");
        }
    }
}
