using ParIndex.Application.Common;

namespace ParIndex.Application.Surveys;

/// <summary>What these use cases say when they refuse, in the reader's language (SurveyDesignMessages(.en).resx).</summary>
internal static class SurveyDesignMessages
{
    private static readonly MessageText Text = new(typeof(SurveyDesignMessages));

    public static string CriterionRequired => Text.Get();

    public static string QuestionRequired => Text.Get();

    public static string QuestionTooLong => Text.Get();

    public static string GroupNameRequired => Text.Get();

    public static string GroupNameTooLong => Text.Get();

    public static string GroupBlocksRequired => Text.Get();

    public static string MinimumAnswersRange => Text.Get();

    public static string AveragingRequired => Text.Get();

    public static string PeriodRequired => Text.Get();

    public static string TitleRequired => Text.Get();

    public static string TitleTooLong => Text.Get();

    public static string LinkWrong => Text.Get();

    public static string BrowserTokenMissing => Text.Get();

    public static string BrowserTokenInvalid => Text.Get();

    public static string NoAnswers => Text.Get();

    public static string TooManyAnswers => Text.Get();

    public static string SipasGroupRequired => Text.Get();

    public static string SipasUnitRequired => Text.Get();

    public static string PopulationRange => Text.Get();

    public static string MarginRange => Text.Get();

    public static string GroupRequired => Text.Get();

    public static string CodesPerRequest(object? value) => Text.Format(nameof(CodesPerRequest), value);

    public static string PeoplePerRequest(object? value) => Text.Format(nameof(PeoplePerRequest), value);

    public static string LabelTooLong => Text.Get();

    public static string CodeRequired => Text.Get();

    public static string TooManyAnswersPerSave => Text.Get();

    public static string ClosesAfterOpens => Text.Get();
}
