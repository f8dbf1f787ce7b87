using ParIndex.Domain.Common;
using ParIndex.Domain.Surveys;

namespace ParIndex.Domain.Tests.Surveys;

public sealed class SipasLinkTests
{
    private static readonly DateTime Now = new(2026, 10, 1, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Unit = Guid.NewGuid();
    private static readonly Guid Block = Guid.NewGuid();

    [Fact]
    public void Accept_CountsUpToTheQuota_ThenRefusesPolitely()
    {
        var (survey, question, link) = New(population: 2, margin: 0.05m); // 2 / 1,005 → 2
        Assert.Equal(2, link.Quota);

        var first = link.Accept(survey, [question], [new(Unit, question, "a")], Now);
        link.Accept(survey, [question], [new(Unit, question, "X")], Now);

        Assert.Equal((survey.Id, link.GroupId, "A"), (first.SurveyId, first.GroupId, first.Answers.Single().OptionKey));
        Assert.Equal((2, true), (link.Received, link.IsFull));
        Assert.Equal("sipas.full", Assert.Throws<DomainException>(() => link.Accept(survey, [question], [new(Unit, question, "A")], Now)).Code);
        Assert.Equal(2, link.Received);
    }

    [Fact]
    public void Accept_NeedsEveryQuestion_OfThisUnitOnly_WithAKnownOption()
    {
        var (survey, question, link) = New(population: 100, margin: 0.05m);

        Assert.Equal("invitation.incomplete", Assert.Throws<DomainException>(() => link.Accept(survey, [question], [], Now)).Code);
        Assert.Equal("invitation.cell", Assert.Throws<DomainException>(() => link.Accept(survey, [question], [new(Guid.NewGuid(), question, "A")], Now)).Code);
        Assert.Equal("invitation.option", Assert.Throws<DomainException>(() => link.Accept(survey, [question], [new(Unit, question, "E")], Now)).Code);
        Assert.Equal(0, link.Received);
    }

    [Fact]
    public void AClosedSurvey_TakesNoAnswer_AndAGroupRatesOnlyItsBlocks()
    {
        var (survey, question, link) = New(population: 100, margin: 0.05m);
        survey.Close(Now);

        Assert.Equal("survey.closed", Assert.Throws<DomainException>(() => link.Accept(survey, [question], [new(Unit, question, "A")], Now)).Code);
        var (open, _, _) = New(population: 100, margin: 0.05m);
        Assert.Equal("sipas.block", Assert.Throws<DomainException>(() =>
            new SipasLink(open, open.Groups[0].Id, Unit, Guid.NewGuid(), SurveyInvitation.NewCode(), 100, 0.05m, Now)).Code);
    }

    [Fact]
    public void SetPopulation_RecomputesTheQuota_ButNeverBelowWhatWasReceived()
    {
        var (survey, question, link) = New(population: 2, margin: 0.05m);
        link.Accept(survey, [question], [new(Unit, question, "A")], Now);
        link.Accept(survey, [question], [new(Unit, question, "A")], Now);

        link.SetPopulation(1000, 0.05m);
        Assert.Equal(286, link.Quota);
        Assert.Equal("sipas.quotaBelowReceived", Assert.Throws<DomainException>(() => link.SetPopulation(1, 0.05m)).Code);
    }

    private static (Survey Survey, Guid Question, SipasLink Link) New(int population, decimal margin)
    {
        var survey = new Survey(Guid.NewGuid(), "Khảo sát SIPAS 2026", GroupAveraging.PerGroupThenEqually, 1, Now);
        var question = survey.AddQuestion("2.2", "Bạn hài lòng với việc giải quyết hồ sơ?").Id;
        var group = survey.AddGroup("Người dân, doanh nghiệp", [Block]).Id;
        survey.Open(Now, Now.AddDays(10), Now);
        return (survey, question, new SipasLink(survey, group, Unit, Block, SurveyInvitation.NewCode(), population, margin, Now));
    }
}
