namespace ParIndex.Domain.Surveys;

/// <summary>A survey is designed as a draft, open to respondents between its dates, then closed for good.</summary>
public enum SurveyState
{
    Draft = 1,
    Open = 2,
    Closed = 3,
}
