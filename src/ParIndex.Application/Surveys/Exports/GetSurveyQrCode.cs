using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Exports;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys.Exports;

/// <summary>
/// The QR code of one of a survey's codes as a PNG, for Home Affairs to put on a slip or a poster: an invitation's code
/// (its /survey/CODE link) or a SIPAS link's (/sipas/CODE). <see cref="SiteUrl"/> is the portal's address the link starts with.
/// </summary>
public sealed record GetSurveyQrCode(Guid SurveyId, string Code, string SiteUrl);

public sealed class GetSurveyQrCodeHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock, IQrCodes qr)
{
    public async Task<ExportedDocument> HandleAsync(GetSurveyQrCode request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateAsync(ct);
        // Invitation codes are keys to answer: only Home Affairs prints them.
        await SurveyAccess.RequireManagerAsync(db, user, clock, "survey.qrCode", request.SurveyId, ct);
        var code = SurveyInvitation.Normalize(request.Code) ?? throw new NotFoundException(nameof(SurveyInvitation), request.Code);
        var path = await db.SurveyInvitations.AnyAsync(i => i.SurveyId == request.SurveyId && i.Code == code, ct) ? "survey"
            : await db.SipasLinks.AnyAsync(l => l.SurveyId == request.SurveyId && l.Code == code, ct) ? "sipas"
            : throw new NotFoundException(nameof(SurveyInvitation), request.Code);
        var link = $"{request.SiteUrl.TrimEnd('/')}/{path}/{code}";
        return ExportedDocument.Named($"QR {SurveyInvitation.Printed(code)}", "png", "image/png", qr.Png(link, 8));
    }
}
