using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wasel.Agents;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Inbox.Settings;

/// <summary>The admin list: every canned response whose shortcut or text contains <c>search</c>, by shortcut.</summary>
public sealed class ListCannedResponses(IDbContextFactory<WaselDb> dbFactory)
{
    public async Task<Result<IReadOnlyList<CannedResponseDto>>> HandleAsync(Staff? staff, string? search, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuses(staff)) return AdminOnly.Refused;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.CannedResponses.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var q = search.Trim().ToLower();
            query = query.Where(c => c.Shortcut.Contains(q) || c.Text.ToLower().Contains(q));
        }
        return await query.OrderBy(c => c.Shortcut)
            .Select(c => new CannedResponseDto(c.Id, c.Shortcut, c.Text, c.Language)).ToListAsync(cancellationToken);
    }
}

/// <summary>Creates a canned response (no id) or changes one; the shortcut stays unique.</summary>
public sealed class SaveCannedResponse(IDbContextFactory<WaselDb> dbFactory, TimeProvider time, IStringLocalizer<SettingsText> text)
{
    public async Task<Result<CannedResponseDto>> HandleAsync(Staff? staff, long? id, CannedResponseRequest request, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuses(staff)) return AdminOnly.Refused;
        var errors = CannedResponseRules.Validate(request, text);
        if (errors.Count > 0) return errors;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var shortcut = CannedResponseRules.Normalize(request.Shortcut);
        if (await db.CannedResponses.AnyAsync(c => c.Shortcut == shortcut && c.Id != id, cancellationToken))
            return ShortcutTaken(shortcut);
        CannedResponse? entity;
        if (id is null)
        {
            entity = new CannedResponse { Shortcut = shortcut, Text = request.Text, CreatedAt = time.GetUtcNow() };
            db.CannedResponses.Add(entity);
        }
        else if ((entity = await db.CannedResponses.FindAsync([id.Value], cancellationToken)) is null)
            return Problem.NotFound("Canned response", text["CannedResponseGone"]);
        entity.Shortcut = shortcut;
        entity.Text = request.Text;
        entity.Language = request.Language;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another admin saved the same shortcut between the check and this write: the unique index decided.
            return ShortcutTaken(shortcut);
        }
        return new CannedResponseDto(entity.Id, entity.Shortcut, entity.Text, entity.Language);
    }

    private Dictionary<string, string[]> ShortcutTaken(string shortcut) => new() { ["shortcut"] = [text["ShortcutTaken", shortcut]] };
}

public sealed class DeleteCannedResponse(IDbContextFactory<WaselDb> dbFactory, IStringLocalizer<SettingsText> text)
{
    public async Task<Result<bool>> HandleAsync(Staff? staff, long id, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuses(staff)) return AdminOnly.Refused;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deleted = await db.CannedResponses.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? Problem.NotFound("Canned response", text["CannedResponseGone"]) : true;
    }
}
