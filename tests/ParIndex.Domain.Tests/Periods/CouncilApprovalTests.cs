using ParIndex.Domain.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Domain.Tests.Periods;

public sealed class CouncilApprovalTests
{
    [Theory]
    [InlineData(9, 9, 5, 50, 50, null)]
    [InlineData(9, 9, 4, 50, 50, "council.majority")]
    [InlineData(9, 4, 4, 50, 50, "council.quorum")]
    [InlineData(9, 9, 6, 50, 67, "council.majority")]
    [InlineData(9, 9, 7, 67, 67, null)]
    [InlineData(9, 10, 7, 50, 50, "council.present")]
    public void New_AppliesTheQuorumAndMajority_StrictlyMoreThanThePercentOfMembers(int members, int present, int inFavour, int quorum, int majority,
        string? refusal)
    {
        var make = () => new CouncilApproval(new DateOnly(2026, 11, 20), "15/QĐ-HĐTĐ", new DateOnly(2026, 11, 21), members, inFavour, Guid.NewGuid(),
            null, present, quorum, majority);

        if (refusal is null)
        {
            Assert.Equal((present, quorum, majority), (make().Present, make().QuorumPercent, make().MajorityPercent));
        }
        else
        {
            Assert.Equal(refusal, Assert.Throws<DomainException>(make).Code);
        }
    }

    [Fact]
    public void Needed_IsTheFewestMembersMoreThanThePercent() =>
        Assert.Equal((5, 7, 1), (CouncilApproval.Needed(9, 50), CouncilApproval.Needed(9, 67), CouncilApproval.Needed(1, 0)));
}
