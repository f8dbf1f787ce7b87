using Microsoft.Extensions.Localization;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;

namespace ParIndex.Web.Localization;

/// <summary>The words people read for the domain's enums and roles, from SharedResource in the current culture.</summary>
public sealed class EnumText(IStringLocalizer<SharedResource> localizer)
{
    public string Of(Classification classification) => localizer[$"Classification.{classification}"];

    public string Of(AssessmentState state) => localizer[$"AssessmentState.{state}"];

    public string Of(PeriodState state) => localizer[$"PeriodState.{state}"];

    public string Role(string role) => localizer[$"Role.{role}"];
}
