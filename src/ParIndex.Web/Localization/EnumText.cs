using Microsoft.Extensions.Localization;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Improvement;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Web.Localization;

/// <summary>The words people read for the domain's enums and roles, from SharedResource in the current culture.</summary>
public sealed class EnumText(IStringLocalizer<SharedResource> localizer)
{
    public string Of(Classification classification) => localizer[$"Classification.{classification}"];

    public string Of(AssessmentState state) => localizer[$"AssessmentState.{state}"];

    public string Of(PeriodState state) => localizer[$"PeriodState.{state}"];

    public string Of(BlockKind kind) => localizer[$"BlockKind.{kind}"];

    public string Of(FrameworkState state) => localizer[$"FrameworkState.{state}"];

    public string Of(NodeLevel level) => localizer[$"NodeLevel.{level}"];

    public string Of(AssessmentMethod method) => localizer[$"AssessmentMethod.{method}"];

    public string Of(RuleType ruleType) => localizer[$"RuleType.{ruleType}"];

    public string Of(WhenNothingToCount rule) => localizer[$"WhenNothingToCount.{rule}"];

    public string Of(ImprovementStatus status) => localizer[$"ImprovementStatus.{status}"];

    public string Role(string role) => localizer[$"Role.{role}"];
}
