using Microsoft.Extensions.Logging;

namespace FrontBackOffice.Tests.Infrastructure;

/// <summary>
/// When <c>FBO_TEST_APP_LOG</c> names a file, every app under test appends its warnings and errors to it, each line
/// stamped with the time and the category, so a failed run can be read next to what the app said at the time.
/// </summary>
public sealed class AppLogFile : ILoggerProvider
{
    private static readonly string? Path = System.Environment.GetEnvironmentVariable("FBO_TEST_APP_LOG") is { Length: > 0 } path
        ? path
        : null;

    private static readonly Lock Writing = new();

    public static void AddTo(ILoggingBuilder logging)
    {
        if (Path is not null)
        {
            logging.AddProvider(new AppLogFile());
        }
    }

    /// <summary>Whether a run asked for the file.</summary>
    public static bool IsOn => Path is not null;

    /// <summary>Appends a line (what a browser's console said, say) stamped with the time and where it came from.</summary>
    public static void Write(string source, string level, string text)
    {
        if (Path is null)
        {
            return;
        }
        var line = $"{DateTime.UtcNow:HH:mm:ss.fff} {level} {source}: {text}\n";
        lock (Writing)
        {
            File.AppendAllText(Path, line);
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }
            Write(category, logLevel.ToString(), formatter(state, exception) + (exception is null ? "" : $"\n{exception}"));
        }
    }
}
