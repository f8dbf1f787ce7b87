using ParIndex.Domain.Common;
using ParIndex.Domain.Surveys;

namespace ParIndex.Domain.Tests.Surveys;

public sealed class SurveyInvitationTests
{
    private static readonly DateTime Now = new(2026, 10, 1, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Guid UnitA = Guid.NewGuid();
    private static readonly Guid UnitB = Guid.NewGuid();

    [Fact]
    public void SaveDraft_MergesCells_EmptyOptionClears_AndSubmitNeedsEveryCell()
    {
        var (survey, question, invitation) = New();
        var form = Form(question);

        invitation.SaveDraft(survey, form, [new(UnitA, question, "a")], Now);
        invitation.SaveDraft(survey, form, [new(UnitB, question, "C")], Now);
        invitation.SaveDraft(survey, form, [new(UnitB, question, "")], Now);

        Assert.Equal([new SurveyAnswer(UnitA, question, "A")], invitation.Draft);
        var error = Assert.Throws<DomainException>(() => invitation.Submit(survey, form, Now));
        Assert.Equal("invitation.incomplete", error.Code);
        Assert.Equal(InvitationState.Issued, invitation.State);
    }

    [Fact]
    public void Submit_Once_GivesABallotWithoutTrace_ThenEveryUseIsRefused()
    {
        var (survey, question, invitation) = New();
        var form = Form(question);
        invitation.SaveDraft(survey, form, [new(UnitA, question, "A"), new(UnitB, question, "X")], Now);

        var ballot = invitation.Submit(survey, form, Now);

        Assert.Equal((survey.Id, invitation.GroupId, 2), (ballot.SurveyId, ballot.GroupId, ballot.Answers.Count));
        Assert.NotEqual(7, ballot.Id.Version); // random, not time-ordered
        Assert.Equal(["Answers", "GroupId", "Id", "SurveyId"], typeof(SurveyBallot).GetProperties().Select(p => p.Name).Order());
        Assert.Equal((InvitationState.Submitted, 0), (invitation.State, invitation.Draft.Count));
        Assert.Equal("invitation.submitted", Assert.Throws<DomainException>(() => invitation.Submit(survey, form, Now)).Code);
        Assert.Equal("invitation.submitted", Assert.Throws<DomainException>(() => invitation.SaveDraft(survey, form, [], Now)).Code);
        Assert.Equal("invitation.submitted", Assert.Throws<DomainException>(invitation.Revoke).Code);
    }

    [Fact]
    public void ACellNotOnTheForm_OrAnUnknownOption_IsRefused()
    {
        var (survey, question, invitation) = New();

        Assert.Equal("invitation.cell", Assert.Throws<DomainException>(() => invitation.SaveDraft(survey, Form(question),
            [new(Guid.NewGuid(), question, "A")], Now)).Code);
        Assert.Equal("invitation.option", Assert.Throws<DomainException>(() => invitation.SaveDraft(survey, Form(question),
            [new(UnitA, question, "E")], Now)).Code);
    }

    [Theory]
    [InlineData(-1, "survey.notYetOpen")]
    [InlineData(10, "survey.closed")]
    public void OutsideTheSurveysDates_IsRefused(int days, string code)
    {
        var (survey, question, invitation) = New();

        var error = Assert.Throws<DomainException>(() => invitation.SaveDraft(survey, Form(question), [new(UnitA, question, "A")], Now.AddDays(days)));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void AClosedSurvey_OrARevokedInvitation_IsRefused()
    {
        var (survey, question, invitation) = New();
        var (_, _, revoked) = New();
        revoked.Revoke();
        survey.Close(Now);

        Assert.Equal("survey.closed", invitation.RefusalAt(survey, Now));
        Assert.Equal("invitation.revoked", revoked.RefusalAt(survey, Now));
        Assert.Equal("survey.closed", Assert.Throws<DomainException>(() => invitation.Submit(survey, Form(question), Now)).Code);
    }

    [Theory]
    [InlineData("abcde-fghjk", "ABCDEFGHJK")]
    [InlineData(" ABCDE FGHJK ", "ABCDEFGHJK")]
    [InlineData("ABCDE-FGHJ0", null)]
    [InlineData("ABCD", null)]
    public void Codes_AreTypedLoosely_ButOnlyFromTheAlphabet(string typed, string? stored) =>
        Assert.Equal(stored, SurveyInvitation.Normalize(typed));

    [Fact]
    public void NewCodes_AreWellFormedAndDiffer()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => SurveyInvitation.NewCode()).ToList();

        Assert.All(codes, c => Assert.Equal(c, SurveyInvitation.Normalize(c)));
        Assert.Equal(200, codes.Distinct().Count());
    }

    [Fact]
    public void TheDesign_IsFixedOnceOpen()
    {
        var (survey, _, _) = New();

        Assert.Equal("survey.designFixed", Assert.Throws<DomainException>(() => survey.AddQuestion("A1.8", "Câu hỏi mới?")).Code);
    }

    private static (Survey Survey, Guid Question, SurveyInvitation Invitation) New()
    {
        var survey = new Survey(Guid.NewGuid(), "Điều tra xã hội học 2026", GroupAveraging.PerGroupThenEqually, 1, Now);
        var question = survey.AddQuestion("A1.8", "Chất lượng chỉ đạo CCHC của Sở?").Id;
        var group = survey.AddGroup("Đại biểu HĐND tỉnh", [Guid.NewGuid()]).Id;
        survey.Open(Now, Now.AddDays(10), Now);
        return (survey, question, new SurveyInvitation(survey, group, SurveyInvitation.NewCode(), "Tổ đại biểu số 1", Now));
    }

    private static HashSet<SurveyCell> Form(Guid question) => [new(UnitA, question), new(UnitB, question)];
}
