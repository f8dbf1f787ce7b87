namespace ParIndex.Application.Reports;

/// <summary>The Word documents of a period's results, in the administrative form of Decree 30/2020 (Times New Roman 13).</summary>
public interface IWordReports
{
    /// <summary>The annex of a period's results: every block's ranking, landscape.</summary>
    byte[] RankingAnnex(RankingAnnexReport report);

    /// <summary>"Quyết định phê duyệt và công bố Chỉ số CCHC năm …": grounds, articles, recipients, signer, then the annex.</summary>
    byte[] DecisionDraft(RankingAnnexReport report);
}
