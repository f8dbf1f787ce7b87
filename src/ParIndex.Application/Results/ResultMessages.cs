using ParIndex.Application.Common;

namespace ParIndex.Application.Results;

internal static class ResultMessages
{
    private static readonly MessageText Text = new(typeof(ResultMessages));

    public static string AppraisalNotReleased => Text.Get();
}
