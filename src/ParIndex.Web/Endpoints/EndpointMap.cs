namespace ParIndex.Web.Endpoints;

/// <summary>Maps every API group. Each feature has one file with one MapGroup; endpoints call Application handlers.</summary>
public static class EndpointMap
{
    public static WebApplication MapParIndexEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapCultureEndpoints();
        app.MapHomeEndpoints();
        app.MapBlocksEndpoints();
        app.MapUnitsEndpoints();
        app.MapUsersEndpoints();
        app.MapFrameworksEndpoints();
        app.MapResultsEndpoints();
        app.MapPeriodsEndpoints();
        app.MapSelfAssessmentEndpoints();
        app.MapEvidenceEndpoints();
        app.MapDataImportEndpoints();
        app.MapAppraisalEndpoints();
        app.MapWorkflowEndpoints();
        app.MapNotApplicableEndpoints();
        app.MapCompletenessEndpoints();
        app.MapPublicationEndpoints();
        app.MapSignedDocumentsEndpoints();
        app.MapPastResultsEndpoints();
        app.MapReportsEndpoints();
        app.MapExportsEndpoints();
        app.MapImprovementEndpoints();
        app.MapSurveysEndpoints();
        app.MapAuditEndpoints();
        app.MapNoticesEndpoints();
        app.MapSetupImportEndpoints();
        return app;
    }
}
