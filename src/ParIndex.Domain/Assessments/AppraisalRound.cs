namespace ParIndex.Domain.Assessments;

/// <summary>Thẩm định lần 1 and lần 2; the second follows the explanation round.</summary>
public enum AppraisalRound
{
    First = 1,
    Second = 2,
}
