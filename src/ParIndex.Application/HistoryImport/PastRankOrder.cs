namespace ParIndex.Application.HistoryImport;

/// <summary>
/// In a ranked block a rank follows the index (docs/methodology.md): a higher index never ranks below a lower one, and
/// one rank is shared only by equal indexes. A past decision that breaks this is more likely a typing slip in the file
/// than the decision itself, so each such row gets a warning naming the row it contradicts; the officer decides.
/// Equal indexes with different ranks are not flagged: the decision may have broken the tie on unrounded figures.
/// </summary>
internal static class PastRankOrder
{
    public static void Check(IReadOnlyList<PastResultLine> block)
    {
        foreach (var line in block)
        {
            var above = block.Where(other => other != line && other.Index < line.Index && other.Rank < line.Rank)
                .OrderBy(other => other.Rank).FirstOrDefault();
            if (above is not null)
            {
                line.Warnings.Add(PastResultMessages.RankBelowLowerIndex(line.Index!.Value, above.Number, above.Index!.Value, above.Rank, line.Rank));
            }

            var sameRank = block.FirstOrDefault(other => other != line && other.Rank == line.Rank && other.Index != line.Index);
            if (sameRank is not null && sameRank.Number < line.Number)
            {
                line.Warnings.Add(PastResultMessages.SameRankOtherIndex(line.Rank, sameRank.Number, line.Index!.Value, sameRank.Index!.Value));
            }
        }
    }
}
