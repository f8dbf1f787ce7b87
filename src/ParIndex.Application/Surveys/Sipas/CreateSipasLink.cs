using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Surveys;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Surveys.Sipas;

/// <summary>
/// Home Affairs makes the public SIPAS link of one service point: the group its answers count for (citizens and
/// businesses), the unit, N (the period's dossiers or transactions there) and e (the margin, 0,05 for 5 %); the quota is
/// n = N / (1 + N·e²), rounded up. A unit has one link per survey.
/// </summary>
public sealed record CreateSipasLink(Guid SurveyId, Guid GroupId, Guid UnitId, int Population, decimal Margin);

public sealed record SipasLinkCreated(Guid Id, string Code, int Quota);

public sealed class CreateSipasLinkHandler(IParIndexDbFactory dbFactory, IValidator<CreateSipasLink> validator, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "survey.sipasLinkCreated";

    public async Task<SipasLinkCreated> HandleAsync(CreateSipasLink request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await SurveyAccess.RequireManagerAsync(db, user, clock, Action, request.SurveyId, ct);
        await validator.ValidateAndThrowAsync(request, ct);
        var survey = await SurveyLoading.SurveyAsync(db, request.SurveyId, tracked: false, ct);
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.UnitId, ct)
            ?? throw new NotFoundException(nameof(Unit), request.UnitId);
        if (await db.SipasLinks.AnyAsync(l => l.SurveyId == survey.Id && l.UnitId == unit.Id, ct))
        {
            throw SurveyMessages.Refusal("sipas.duplicate");
        }

        var link = SurveyLoading.Domain(() => new SipasLink(survey, request.GroupId, unit.Id, unit.BlockId, SurveyInvitation.NewCode(),
            request.Population, request.Margin, clock.GetUtcNow().UtcDateTime));
        db.SipasLinks.Add(link);
        db.Audit(user, clock, Action, nameof(SipasLink), link.Id,
            newValues: new { link.SurveyId, link.GroupId, link.UnitId, UnitName = unit.Name, link.Population, link.Margin, link.Quota });
        await db.SaveChangesAsync(ct);
        return new SipasLinkCreated(link.Id, SurveyInvitation.Printed(link.Code), link.Quota);
    }
}

public sealed class CreateSipasLinkValidator : AbstractValidator<CreateSipasLink>
{
    public CreateSipasLinkValidator()
    {
        RuleFor(l => l.GroupId).NotEmpty().WithMessage(_ => SurveyDesignMessages.SipasGroupRequired);
        RuleFor(l => l.UnitId).NotEmpty().WithMessage(_ => SurveyDesignMessages.SipasUnitRequired);
        RuleFor(l => l.Population).InclusiveBetween(1, SampleSize.MaxPopulation)
            .WithMessage(_ => SurveyDesignMessages.PopulationRange);
        RuleFor(l => l.Margin).InclusiveBetween(SampleSize.MinMargin, SampleSize.MaxMargin)
            .WithMessage(_ => SurveyDesignMessages.MarginRange);
    }
}
