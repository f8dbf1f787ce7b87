using ParIndex.Domain.Units;

namespace ParIndex.Domain.Tests.Units;

public sealed class SuccessionTests
{
    private static readonly Guid Block = Guid.CreateVersion7();

    [Fact]
    public void PredecessorsOf_ChainOfMerges_FollowsEveryStepAfterTheDate()
    {
        var (a, b, c) = (new Unit("A", "Xã A", Block), new Unit("B", "Xã B", Block), new Unit("C", "Phường C", Block));
        var first = a.MergeInto(b, new DateOnly(2025, 3, 1), null);
        var second = b.MergeInto(c, new DateOnly(2025, 7, 1), "1656/NQ-UBTVQH15");
        var succession = new Succession([first, second]);

        Assert.Equal([b.Id, a.Id], succession.PredecessorsOf(c.Id, new DateOnly(2024, 12, 31)));
        Assert.Equal([b.Id], succession.PredecessorsOf(c.Id, new DateOnly(2025, 5, 1)));
        Assert.Empty(succession.PredecessorsOf(a.Id, new DateOnly(2024, 12, 31)));
    }

    [Fact]
    public void PredecessorsOf_MergeAfterTheYear_IsNotNamedInThatYear()
    {
        var (a, b) = (new Unit("A", "Ban A", Block), new Unit("B", "Sở B", Block));
        var merge = a.MergeInto(b, new DateOnly(2025, 3, 1), "1/NQ");
        var succession = new Succession([merge]);

        Assert.Empty(succession.PredecessorsOf(b.Id, new DateOnly(2016, 12, 31), new DateOnly(2017, 12, 31)));
        Assert.Equal([a.Id], succession.PredecessorsOf(b.Id, new DateOnly(2024, 12, 31), new DateOnly(2025, 12, 31)));
        Assert.Same(merge, succession.MergeOf(a.Id));
        Assert.Null(succession.MergeOf(b.Id));
    }
}
