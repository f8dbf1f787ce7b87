using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys.Sipas;

/// <summary>
/// Corrects a link's N or e (the period's dossier count is often known only later); the quota follows, never below the
/// answers already received. Audited with the figures before and after.
/// </summary>
public sealed record ChangeSipasPopulation(Guid SurveyId, Guid LinkId, int Population, decimal Margin);

public sealed class ChangeSipasPopulationHandler(IParIndexDbFactory dbFactory, IValidator<ChangeSipasPopulation> validator, ICurrentUser user,
    TimeProvider clock)
{
    private const string Action = "survey.sipasPopulationChanged";

    public async Task<int> HandleAsync(ChangeSipasPopulation request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await SurveyAccess.RequireManagerAsync(db, user, clock, Action, request.SurveyId, ct);
        await validator.ValidateAndThrowAsync(request, ct);
        var link = await db.SipasLinks.SingleOrDefaultAsync(l => l.Id == request.LinkId && l.SurveyId == request.SurveyId, ct)
            ?? throw new NotFoundException(nameof(SipasLink), request.LinkId);
        var before = new { link.Population, link.Margin, link.Quota };
        SurveyLoading.Domain(() => link.SetPopulation(request.Population, request.Margin));
        db.Audit(user, clock, Action, nameof(SipasLink), link.Id, before, new { link.Population, link.Margin, link.Quota, link.Received });
        await db.SaveChangesAsync(ct);
        return link.Quota;
    }
}

public sealed class ChangeSipasPopulationValidator : AbstractValidator<ChangeSipasPopulation>
{
    public ChangeSipasPopulationValidator()
    {
        RuleFor(l => l.Population).InclusiveBetween(1, SampleSize.MaxPopulation).WithMessage(_ => SurveyDesignMessages.PopulationRange);
        RuleFor(l => l.Margin).InclusiveBetween(SampleSize.MinMargin, SampleSize.MaxMargin).WithMessage(_ => SurveyDesignMessages.MarginRange);
    }
}
