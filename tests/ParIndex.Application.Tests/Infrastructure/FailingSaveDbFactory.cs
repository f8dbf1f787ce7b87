using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Auditing;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Notices;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Surveys;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.Infrastructure;

/// <summary>The real database, except that the final save fails as a crash or lost connection would.</summary>
internal sealed class FailingSaveDbFactory(IParIndexDbFactory inner) : IParIndexDbFactory
{
    public async Task<IParIndexDb> CreateAsync(CancellationToken cancellationToken = default) =>
        new FailingSaveDb(await inner.CreateAsync(cancellationToken));

    private sealed class FailingSaveDb(IParIndexDb db) : IParIndexDb
    {
        public DbSet<Block> Blocks => db.Blocks;

        public DbSet<Unit> Units => db.Units;

        public DbSet<UnitMerge> UnitMerges => db.UnitMerges;

        public DbSet<EvaluationPeriod> Periods => db.Periods;

        public DbSet<Framework> Frameworks => db.Frameworks;

        public DbSet<FrameworkNode> FrameworkNodes => db.FrameworkNodes;

        public DbSet<Assessment> Assessments => db.Assessments;

        public DbSet<CriterionResponse> CriterionResponses => db.CriterionResponses;

        public DbSet<Evidence> Evidence => db.Evidence;

        public DbSet<CriterionEvidence> CriterionEvidence => db.CriterionEvidence;

        public DbSet<Notice> Notices => db.Notices;

        public DbSet<UserNotice> UserNotices => db.UserNotices;

        public DbSet<OutboxEmail> OutboxEmails => db.OutboxEmails;

        public DbSet<SubmissionRecord> SubmissionRecords => db.SubmissionRecords;

        public DbSet<AppraisalAssignment> AppraisalAssignments => db.AppraisalAssignments;

        public DbSet<SurveyImport> SurveyImports => db.SurveyImports;

        public DbSet<SurveyWaiver> SurveyWaivers => db.SurveyWaivers;

        public DbSet<Survey> Surveys => db.Surveys;

        public DbSet<SurveyInvitation> SurveyInvitations => db.SurveyInvitations;

        public DbSet<SurveyBallot> SurveyBallots => db.SurveyBallots;

        public DbSet<SipasLink> SipasLinks => db.SipasLinks;

        public DbSet<SipasReceipt> SipasReceipts => db.SipasReceipts;

        public DbSet<Domain.Publications.Publication> Publications => db.Publications;

        public DbSet<Domain.Publications.SignedDocument> SignedDocuments => db.SignedDocuments;

        public DbSet<Domain.Improvement.ImprovementTask> ImprovementTasks => db.ImprovementTasks;

        public DbSet<Domain.Improvement.ImprovementNote> ImprovementNotes => db.ImprovementNotes;

        public DbSet<Application.Dashboards.StoredBlockDigest> BlockDigests => db.BlockDigests;

        public DbSet<AuditEntry> AuditEntries => db.AuditEntries;

        public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) =>
            throw new IOException("The database went away mid-save.");

        public ValueTask DisposeAsync() => db.DisposeAsync();
    }
}
