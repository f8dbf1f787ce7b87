using ParIndex.Domain.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Domain.Tests.Periods;

public sealed class AppraisalAssignmentTests
{
    [Fact]
    public void ForUnit_TheInspectorsOwnUnit_IsRefusedAsAConflictOfInterest()
    {
        var own = Guid.NewGuid();

        var refused = Assert.Throws<DomainException>(() => AppraisalAssignment.ForUnit(Guid.NewGuid(), Guid.NewGuid(), own, own));

        Assert.Equal("assignment.conflictOfInterest", refused.Code);
    }

    [Fact]
    public void ForUnit_AnotherUnitOrAProvinceWideInspector_IsAssigned()
    {
        var unit = Guid.NewGuid();

        Assert.Equal(unit, AppraisalAssignment.ForUnit(Guid.NewGuid(), Guid.NewGuid(), unit, Guid.NewGuid()).UnitId);
        Assert.Equal(unit, AppraisalAssignment.ForUnit(Guid.NewGuid(), Guid.NewGuid(), unit, null).UnitId);
    }
}
