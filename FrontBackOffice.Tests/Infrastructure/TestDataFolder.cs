namespace FrontBackOffice.Tests.Infrastructure;

/// <summary>
/// A temporary folder for an app's data: its SQLite files, or the name of its PostgreSQL database
/// (<see cref="TestDatabase"/>). Apps that share it are nodes of one database, or one app started again; disposing it
/// drops that database and deletes the folder.
/// </summary>
public sealed class TestDataFolder : IAsyncDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("fbo-test-").FullName;

    public async ValueTask DisposeAsync()
    {
        await TestDatabase.DropAsync(Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing background thread; the temp folder is cleaned by the OS.
        }
    }
}
