using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wasel.Agents;
using Wasel.Media;
using Wasel.Platform.Data;
using Wasel.WhatsApp.Media;

namespace Wasel.Inbox;

/// <summary>
/// A message's media for the signed-in agent's browser (the API's media route takes an API key). The same access
/// rule as the conversation: an agent gets only the files of conversations they may see.
/// </summary>
internal static class InboxMediaEndpoint
{
    public static void MapInboxMedia(this WebApplication app) =>
        app.MapGet("/inbox/media/{id:long}", async Task<IResult> (
            long id, HttpContext http, IDbContextFactory<WaselDb> dbFactory, FindMessageMedia find, MediaStorage storage, CancellationToken ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var staff = await StaffLoader.LoadAsync(db, http.User, ct);
            if (staff is null) return Results.Forbid();
            var owner = await db.Messages.AsNoTracking().Where(m => m.Id == id)
                .Select(m => new { m.Conversation.TeamId, m.Conversation.AssigneeId }).FirstOrDefaultAsync(ct);
            if (owner is null || !staff.CanSee(owner.TeamId, owner.AssigneeId)) return Results.NotFound();

            var (file, _) = await find.HandleAsync(id, ct);
            if (file is null || file.State != MediaState.Stored || storage.Open(file.StoragePath!) is not { } stream) return Results.NotFound();
            var kind = MediaLimits.KindOf(file.MimeType);
            var contentType = kind is null ? "application/octet-stream" : MediaStorage.BareMimeType(file.MimeType);
            http.Response.Headers.XContentTypeOptions = "nosniff";
            // A customer's file never runs as a page of this site, even if it claims to be one.
            http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
            http.Response.Headers.CacheControl = "private, max-age=3600";
            var download = kind is null or MediaKind.Document ? SafeFileName.ForDownload(file, "document") : null;
            return Results.Stream(stream, contentType, download, enableRangeProcessing: true);
        }).RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser())
          .ExcludeFromDescription();
}
