using System.Text.RegularExpressions;

namespace ParIndex.Application.Tests.Localization;

/// <summary>
/// One source of wording, kept: a message a person reads lives in a resx pair (Vietnamese in <c>X.resx</c>, English in
/// <c>X.en.resx</c>), never as a Vietnamese string literal in C#. The files below may still hold Vietnamese literals, each
/// for a stated reason and up to the number counted today (a folder: any number); a new Vietnamese literal anywhere
/// else, or one more in a listed file, fails this test. When a file's messages move to resources, lower or remove its line.
/// </summary>
public sealed partial class InlineVietnameseTests
{
    private const string Owner = "rule outcome explanations: engineer h3's part of issue 19 renders them in the reader's culture";
    private const string Demo = "demo and load data of a Vietnamese province (units, criteria, accounts, answers)";
    private const string OperatorConsole = "the backup/restore report a server operator reads on the console of a command-line run (BackupCommands), never a page or API answer";
    private const string Document = "an official document or its file name: Vietnamese by Decree 30/2020/NĐ-CP whatever the reader's language";
    private const string FileFormat = "the Vietnamese headers, sheet names and values a template or an uploaded file carries (the file format, not a message)";
    private const string Record = "text stored in a record, notice or e-mail (the record's language is Vietnamese), or data shown as entered";
    private const string Guidance = "the criterion guidance the rule editor writes: stored with the framework, in plain Vietnamese by the issue's own brief";
    private const string ApiDocs = "OpenAPI summaries for developers quoting a Vietnamese term or sample value (\"không đánh giá\", \"412/QĐ-UBND\")";

    /// <summary>Where Vietnamese literals may stay: a folder (ending in "/") or a file with the most it may hold.</summary>
    private static readonly Allowed[] AllowList =
    [
        new("src/ParIndex.Domain/Scoring/Rules/", null, Owner),
        new("src/ParIndex.Infrastructure/Persistence/Seeding/", null, Demo),
        new("src/ParIndex.Infrastructure/Office/", null, Document),
        new("src/ParIndex.Infrastructure/Pdf/", null, Document),
        new("src/ParIndex.Application/Documents/", null, Document),
        new("src/ParIndex.Application/Appraisal/AcceptRemainingMessages.cs", 1, Record),
        new("src/ParIndex.Application/DataImport/GetDataImportTemplate.cs", 8, FileFormat),
        new("src/ParIndex.Application/Exports/ExportResultsWorkbook.cs", 1, Document),
        new("src/ParIndex.Application/Exports/ExportScorecardDocx.cs", 1, Document),
        new("src/ParIndex.Application/Exports/ExportSelfAssessmentReportDocx.cs", 1, Document),
        new("src/ParIndex.Application/Exports/ExportedDocument.cs", 22, Document),
        new("src/ParIndex.Application/Frameworks/FrameworkTemplate.cs", 6, FileFormat),
        new("src/ParIndex.Application/Frameworks/ImportFramework.cs", 1, FileFormat),
        new("src/ParIndex.Application/Frameworks/Rules/GuidancePhrases.cs", 23, Guidance),
        new("src/ParIndex.Application/HistoryImport/ImportPastResults.cs", 1, Record),
        new("src/ParIndex.Application/HistoryImport/PastResultColumns.cs", 10, FileFormat),
        new("src/ParIndex.Application/Notifications/CycleNotices.cs", 12, Record),
        new("src/ParIndex.Application/Notifications/Notifier.cs", 2, Record),
        new("src/ParIndex.Application/Reminders/SendDeadlineReminders.cs", 5, Record),
        new("src/ParIndex.Application/Reports/ExportDecisionDraftDocx.cs", 1, Document),
        new("src/ParIndex.Application/Reports/ExportLeaderSummaryPdf.cs", 1, Document),
        new("src/ParIndex.Application/Reports/ExportRankingAnnexDocx.cs", 1, Document),
        new("src/ParIndex.Application/Reports/ExportRankingAnnexPdf.cs", 1, Document),
        new("src/ParIndex.Application/Reports/ExportScorecardPdf.cs", 1, Document),
        new("src/ParIndex.Application/Results/MissingSurveyText.cs", 2, Document),
        new("src/ParIndex.Application/Results/YearComparison.cs", 3, Document),
        new("src/ParIndex.Application/SelfAssessment/ReopenSubmission.cs", 5, Record),
        new("src/ParIndex.Application/SelfAssessment/SubmitSelfAssessment.cs", 2, Record),
        new("src/ParIndex.Application/SetupImport/AccountImportSheet.cs", 6, FileFormat),
        new("src/ParIndex.Application/SetupImport/AccountRoles.cs", 9, FileFormat),
        new("src/ParIndex.Application/SetupImport/ImportAccounts.cs", 3, FileFormat),
        new("src/ParIndex.Application/SetupImport/ImportTemplates.cs", 13, FileFormat),
        new("src/ParIndex.Application/SetupImport/UnitImportSheet.cs", 5, FileFormat),
        new("src/ParIndex.Application/Surveys/ApplySurveyResults.cs", 1, Record),
        new("src/ParIndex.Application/Surveys/Exports/ExportSurveyAnswers.cs", 1, Document),
        new("src/ParIndex.Application/Surveys/Exports/ExportSurveyResults.cs", 1, Document),
        new("src/ParIndex.Application/Surveys/SurveyAccess.cs", 1, Record),
        new("src/ParIndex.Application/Units/BulkMergeColumns.cs", 6, FileFormat),
        new("src/ParIndex.Application/Units/UnitMessages.cs", 2, Record),
        new("src/ParIndex.Domain/Surveys/AnswerOption.cs", 5, Record),
        new("src/ParIndex.Infrastructure/Excel/FrameworkHelpSheet.cs", 77, FileFormat),
        new("src/ParIndex.Infrastructure/Excel/FrameworkSheets.cs", 58, FileFormat),
        new("src/ParIndex.Infrastructure/Excel/FrameworkWorkbookReader.cs", 1, FileFormat),
        new("src/ParIndex.Infrastructure/Excel/FrameworkWorkbookWriter.cs", 2, FileFormat),
        new("src/ParIndex.Infrastructure/Operations/PortalBackup.cs", 8, OperatorConsole),
        new("src/ParIndex.Web/Endpoints/CompletenessEndpoints.cs", 1, ApiDocs),
        new("src/ParIndex.Web/Endpoints/FrameworksEndpoints.cs", 1, ApiDocs),
        new("src/ParIndex.Web/Endpoints/NotApplicableEndpoints.cs", 3, ApiDocs),
        new("src/ParIndex.Web/Endpoints/PastResultsEndpoints.cs", 1, ApiDocs),
        new("src/ParIndex.Web/Endpoints/ReportsEndpoints.cs", 1, ApiDocs),
        new("src/ParIndex.Web/Hosting/FirstAdministrator.cs", 1, Record),
    ];

    [Fact]
    public void NoVietnameseStringLiteral_OutsideTheAllowList()
    {
        var root = RepositoryRoot();
        var found = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal)
                && !p.StartsWith("src/ParIndex.Migrations.", StringComparison.Ordinal))
            .Select(p => (Path: p, Count: VietnameseLiterals(File.ReadAllText(Path.Combine(root, p)))))
            .Where(f => f.Count > 0)
            .ToList();

        var unexpected = found
            .Select(f => (f.Path, f.Count, Rule: AllowList.FirstOrDefault(a => a.Path.EndsWith('/') ? f.Path.StartsWith(a.Path, StringComparison.Ordinal) : f.Path == a.Path)))
            .Where(f => f.Rule is null || f.Count > f.Rule.Most)
            .Select(f => f.Rule is null ? $"{f.Path}: {f.Count} Vietnamese literal(s), not allowed" : $"{f.Path}: {f.Count}, at most {f.Rule.Most} allowed ({f.Rule.Reason})")
            .ToList();
        Assert.True(unexpected.Count == 0,
            "Vietnamese text in C#: move the message into its *Messages resx pair (vi in X.resx, English in X.en.resx):\n" + string.Join("\n", unexpected));

        // The list stays true: a file that lost its literals (moved or deleted) leaves it.
        var stale = AllowList.Where(a => !a.Path.EndsWith('/') && found.All(f => f.Path != a.Path)).Select(a => a.Path).ToList();
        Assert.True(stale.Count == 0, "No Vietnamese literal left, remove from the allow-list: " + string.Join(", ", stale));
    }

    [Fact]
    public void TheScan_FindsLiterals_NotComments()
    {
        const string code = """
            // Một chú thích tiếng Việt không tính.
            /// <summary>Tài liệu XML cũng không.</summary>
            var message = $"Thiếu cột \"{label}\".";
            var english = "Column is missing.";
            problems.Add("Tệp rỗng." + "Hai chuỗi");
            """;

        Assert.Equal(3, VietnameseLiterals(code));
    }

    /// <summary>String literals (regular, verbatim, interpolated, raw) holding a Vietnamese letter; comment lines aside.</summary>
    private static int VietnameseLiterals(string source)
    {
        var count = RawLiteral().Matches(source).Count(m => VietnameseLetters().IsMatch(m.Value));
        foreach (var line in RawLiteral().Replace(source, "\"\"").Split('\n'))
        {
            var text = line.TrimStart();
            if (text.StartsWith("//", StringComparison.Ordinal) || text.StartsWith("/*", StringComparison.Ordinal) || text.StartsWith('*'))
            {
                continue;
            }

            count += Literal().Matches(line).Count(m => VietnameseLetters().IsMatch(m.Value));
        }

        return count;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ParIndex.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ParIndex.sln not found above the test binaries.");
    }

    private sealed record Allowed(string Path, int? Most, string Reason);

    [GeneratedRegex("\"\"\"[\\s\\S]*?\"\"\"")]
    private static partial Regex RawLiteral();

    [GeneratedRegex(@"\$?@?""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex Literal();

    // ă â đ ê ô ơ ư and the tone marks: letters English never has.
    [GeneratedRegex("[àáâãèéêìíòóôõùúýăđĩũơưạ-ỹÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠ-Ỹ]")]
    private static partial Regex VietnameseLetters();
}
