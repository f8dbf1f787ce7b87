using Microsoft.EntityFrameworkCore;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Auditing;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Improvement;
using ParIndex.Domain.Notices;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Surveys;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Common;

/// <summary>
/// The database as use cases see it: the domain's tables and one save. No repositories on top (docs/adr/0008).
/// Obtain one per operation from <see cref="IParIndexDbFactory"/>, never hold it across Blazor events.
/// </summary>
public interface IParIndexDb : IAsyncDisposable
{
    DbSet<Block> Blocks { get; }

    DbSet<Unit> Units { get; }

    DbSet<UnitMerge> UnitMerges { get; }

    DbSet<EvaluationPeriod> Periods { get; }

    DbSet<Framework> Frameworks { get; }

    DbSet<FrameworkNode> FrameworkNodes { get; }

    DbSet<Assessment> Assessments { get; }

    DbSet<CriterionResponse> CriterionResponses { get; }

    DbSet<Evidence> Evidence { get; }

    DbSet<CriterionEvidence> CriterionEvidence { get; }

    DbSet<Notice> Notices { get; }

    DbSet<UserNotice> UserNotices { get; }

    /// <summary>E-mails written with the change they tell about and sent by the background sender.</summary>
    DbSet<OutboxEmail> OutboxEmails { get; }

    /// <summary>Each assessment's submissions, withdrawals and returns, only ever added to.</summary>
    DbSet<SubmissionRecord> SubmissionRecords { get; }

    DbSet<AppraisalAssignment> AppraisalAssignments { get; }

    DbSet<SurveyImport> SurveyImports { get; }

    DbSet<SurveyWaiver> SurveyWaivers { get; }

    DbSet<Survey> Surveys { get; }

    DbSet<SurveyInvitation> SurveyInvitations { get; }

    /// <summary>Anonymous: no column joins a ballot to an invitation.</summary>
    DbSet<SurveyBallot> SurveyBallots { get; }

    DbSet<SipasLink> SipasLinks { get; }

    /// <summary>Which browser tokens (hashed) answered through a SIPAS link; nothing joins them to a ballot.</summary>
    DbSet<SipasReceipt> SipasReceipts { get; }

    DbSet<Domain.Publications.Publication> Publications { get; }

    /// <summary>The signed council minutes and publishing decisions (PDF), one per approval or publication version.</summary>
    DbSet<Domain.Publications.SignedDocument> SignedDocuments { get; }

    DbSet<ImprovementTask> ImprovementTasks { get; }

    DbSet<ImprovementNote> ImprovementNotes { get; }

    /// <summary>What the dashboards read of a block's decided results; see <see cref="Dashboards.StoredBlockDigest"/>.</summary>
    DbSet<Dashboards.StoredBlockDigest> BlockDigests { get; }

    /// <summary>Append-only: adding works, changing or deleting a row is refused on save.</summary>
    DbSet<AuditEntry> AuditEntries { get; }

    /// <summary>Saves all changes in one transaction. Throws <see cref="ConcurrencyConflictException"/> on a conflict.</summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
