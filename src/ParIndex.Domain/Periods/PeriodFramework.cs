namespace ParIndex.Domain.Periods;

/// <summary>Which framework a block's units are scored against in a period.</summary>
public sealed class PeriodFramework
{
    private PeriodFramework()
    {
    }

    internal PeriodFramework(Guid periodId, Guid blockId, Guid frameworkId)
    {
        PeriodId = periodId;
        BlockId = blockId;
        FrameworkId = frameworkId;
    }

    public Guid PeriodId { get; private set; }

    public Guid BlockId { get; private set; }

    public Guid FrameworkId { get; private set; }
}
