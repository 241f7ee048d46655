using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wasel.Agents;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Inbox.Settings;

/// <summary>A label with how many conversations carry it.</summary>
public sealed record LabelDto(long Id, string Name, string Color, int Conversations);

public sealed record LabelRequest(string Name, string Color);

public sealed class ListLabels(IDbContextFactory<WaselDb> dbFactory)
{
    public async Task<Result<IReadOnlyList<LabelDto>>> HandleAsync(Staff? staff, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuses(staff)) return AdminOnly.Refused;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Labels.AsNoTracking().OrderBy(l => l.Name)
            .Select(l => new LabelDto(l.Id, l.Name, l.Color, db.ConversationLabels.Count(cl => cl.LabelId == l.Id)))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>Creates a label (no id), or renames and recolours one. Names are unique; colours are "#rrggbb".</summary>
public sealed partial class SaveLabel(IDbContextFactory<WaselDb> dbFactory, TimeProvider time, IStringLocalizer<SettingsText> text)
{
    public const int MaxName = 64;

    public async Task<Result<LabelDto>> HandleAsync(Staff? staff, long? id, LabelRequest request, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuses(staff)) return AdminOnly.Refused;
        var name = request.Name?.Trim() ?? "";
        var color = request.Color?.Trim().ToLowerInvariant() ?? "";
        var errors = new Dictionary<string, string[]>();
        if (name.Length is 0 or > MaxName) errors["name"] = [text["LabelNameInvalid", MaxName]];
        if (!HexColor().IsMatch(color)) errors["color"] = [text["LabelColorInvalid"]];
        if (errors.Count > 0) return errors;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Labels.AnyAsync(l => l.Name == name && l.Id != id, cancellationToken)) return NameTaken(name);
        Label? label;
        if (id is null)
        {
            label = new Label { Name = name, CreatedAt = time.GetUtcNow() };
            db.Labels.Add(label);
        }
        else if ((label = await db.Labels.FindAsync([id.Value], cancellationToken)) is null)
            return Problem.NotFound("Label", text["LabelGone"]);
        label.Name = name;
        label.Color = color;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return NameTaken(name); // the unique index caught a label saved meanwhile
        }
        var count = await db.ConversationLabels.CountAsync(cl => cl.LabelId == label.Id, cancellationToken);
        return new LabelDto(label.Id, label.Name, label.Color, count);
    }

    private Dictionary<string, string[]> NameTaken(string name) => new() { ["name"] = [text["LabelNameTaken", name]] };

    [GeneratedRegex("^#[0-9a-f]{6}$")]
    private static partial Regex HexColor();
}

/// <summary>Deletes a label; conversations carrying it lose it (the join rows cascade).</summary>
public sealed class DeleteLabel(IDbContextFactory<WaselDb> dbFactory, IStringLocalizer<SettingsText> text)
{
    public async Task<Result<bool>> HandleAsync(Staff? staff, long id, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuses(staff)) return AdminOnly.Refused;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deleted = await db.Labels.Where(l => l.Id == id).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? Problem.NotFound("Label", text["LabelGone"]) : true;
    }
}
