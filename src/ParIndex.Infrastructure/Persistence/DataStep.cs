namespace ParIndex.Infrastructure.Persistence;

/// <summary>A one-off data step that has run on this database, by name, and when: later starts skip it (<see cref="DataSteps"/>).</summary>
public sealed class DataStep
{
    public const int MaxNameLength = 100;

    public DataStep(string name, DateTime doneAtUtc)
    {
        Name = name;
        DoneAtUtc = doneAtUtc;
    }

    public string Name { get; private set; }

    public DateTime DoneAtUtc { get; private set; }
}
