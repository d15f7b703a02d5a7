namespace FrontBackOffice.Domain;

/// <summary>
/// The bad lines of an imported file, which is taken whole or not at all: the first <see cref="Listed"/> of them said
/// by their line number and what is wrong there ("Line 3: Unknown SKU 'NOPE'."), and how many there are in all.
/// </summary>
public sealed class FileLineRefusals
{
    /// <summary>How many bad lines are listed; the others are counted.</summary>
    public const int Listed = 100;

    private readonly List<UserMessage> said = [];

    public IReadOnlyList<UserMessage> Said => said;

    public int BadLines { get; private set; }

    /// <summary>Refuses a line for what is wrong with it, said one sentence after the other.</summary>
    public void Refuse(int lineNumber, IReadOnlyList<UserMessage> problems)
    {
        BadLines++;
        if (said.Count < Listed)
        {
            said.Add(UserMessage.Of($"Line {lineNumber}: {UserMessage.Join(" ", problems)}"));
        }
    }
}
