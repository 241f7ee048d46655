using Wasel.WhatsApp.Messages;

namespace Wasel.WhatsApp.Validation;

public static partial class WhatsAppValidator
{
    /// <summary>Most reply buttons in one message.</summary>
    public const int MaxReplyButtons = 3;
    /// <summary>Most rows across all sections of a list.</summary>
    public const int MaxListRows = 10;
    /// <summary>Most sections in a list.</summary>
    public const int MaxListSections = 10;

    private static void CheckInteractive(InteractiveContent interactive, ValidationErrors errors)
    {
        var isList = interactive.Type == "list";
        errors.RequiredMaxLength("interactive.body.text", interactive.Body?.Text, isList ? 4096 : 1024, "The body");
        errors.MaxLength("interactive.footer.text", interactive.Footer?.Text, 60, "The footer");
        if (interactive.Header is { } header)
            CheckHeader(header, textOnly: isList, errors);
        if (interactive.Action is null)
        {
            errors.Add("interactive.action", "The action (buttons, list sections or call-to-action) is required.");
            return;
        }

        switch (interactive.Type)
        {
            case "button": CheckReplyButtons(interactive.Action.Buttons, errors); break;
            case "list": CheckList(interactive.Action, errors); break;
            case "cta_url": CheckCtaUrl(interactive.Action, errors); break;
        }
    }

    private static void CheckHeader(InteractiveHeader header, bool textOnly, ValidationErrors errors)
    {
        const string path = "interactive.header";
        if (textOnly && header.Type != "text")
        {
            errors.Add($"{path}.type", "A list header can only be text.");
            return;
        }

        switch (header.Type)
        {
            case "text": errors.RequiredMaxLength($"{path}.text", header.Text, 60, "The header text"); break;
            case "image": CheckHeaderMedia($"{path}.image", header.Image, errors); break;
            case "video": CheckHeaderMedia($"{path}.video", header.Video, errors); break;
            case "document": CheckHeaderMedia($"{path}.document", header.Document, errors); break;
            default: errors.Add($"{path}.type", "The header type must be text, image, video or document."); break;
        }
    }

    private static void CheckHeaderMedia(string path, MediaContent? media, ValidationErrors errors)
    {
        if (media is null)
            errors.Add(path, "The header's media object is missing.");
        else
            CheckMediaSource(path, media, errors);
    }

    private static void CheckReplyButtons(IReadOnlyList<ReplyButton>? buttons, ValidationErrors errors)
    {
        const string path = "interactive.action.buttons";
        if (buttons is null || buttons.Count == 0)
        {
            errors.Add(path, "Add at least one reply button.");
            return;
        }

        if (buttons.Count > MaxReplyButtons)
            errors.Add($"{path}[{MaxReplyButtons}]", $"A message can have at most {MaxReplyButtons} reply buttons; "
                + $"remove {buttons.Count - MaxReplyButtons} or use a list message (up to 10 options).");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var titles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < buttons.Count; i++)
        {
            var reply = buttons[i].Reply;
            errors.RequiredMaxLength($"{path}[{i}].reply.id", reply?.Id, 256, "The button id");
            errors.RequiredMaxLength($"{path}[{i}].reply.title", reply?.Title, 20, "The button title");
            if (reply?.Id is { } id && !ids.Add(id))
                errors.Add($"{path}[{i}].reply.id", $"The button id \"{id}\" is used twice; make ids unique.");
            if (reply?.Title is { } title && !titles.Add(title))
                errors.Add($"{path}[{i}].reply.title", $"The button title \"{title}\" is used twice; make titles unique.");
        }
    }

    private static void CheckList(InteractiveAction action, ValidationErrors errors)
    {
        const string path = "interactive.action";
        errors.RequiredMaxLength($"{path}.button", action.Button, 20, "The list button label");
        var sections = action.Sections ?? [];
        if (sections.Count is 0 or > MaxListSections)
            errors.Add($"{path}.sections", $"A list needs 1 to {MaxListSections} sections; it has {sections.Count}.");
        var rows = sections.Sum(s => s.Rows?.Count ?? 0);
        if (rows is 0 or > MaxListRows)
            errors.Add($"{path}.sections", $"A list needs 1 to {MaxListRows} rows across all sections; it has {rows}.");

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < sections.Count; s++)
        {
            var sectionPath = $"{path}.sections[{s}]";
            if (sections.Count > 1)
                errors.Required($"{sectionPath}.title", sections[s].Title, "A section title (needed when there are several sections)");
            errors.MaxLength($"{sectionPath}.title", sections[s].Title, 24, "The section title");
            var sectionRows = sections[s].Rows ?? [];
            for (var r = 0; r < sectionRows.Count; r++)
            {
                var row = sectionRows[r];
                errors.RequiredMaxLength($"{sectionPath}.rows[{r}].id", row.Id, 200, "The row id");
                errors.RequiredMaxLength($"{sectionPath}.rows[{r}].title", row.Title, 24, "The row title");
                errors.MaxLength($"{sectionPath}.rows[{r}].description", row.Description, 72, "The row description");
                if (row.Id is { } id && !ids.Add(id))
                    errors.Add($"{sectionPath}.rows[{r}].id", $"The row id \"{id}\" is used twice; make ids unique.");
            }
        }
    }

    private static void CheckCtaUrl(InteractiveAction action, ValidationErrors errors)
    {
        const string path = "interactive.action";
        if (action.Name != "cta_url")
            errors.Add($"{path}.name", "A call-to-action URL message needs action.name \"cta_url\".");
        if (action.Parameters is not { } parameters)
        {
            errors.Add($"{path}.parameters", "The call-to-action's display_text and url are required.");
            return;
        }

        errors.RequiredMaxLength($"{path}.parameters.display_text", parameters.DisplayText, 20, "The button label");
        errors.Required($"{path}.parameters.url", parameters.Url, "The URL");
        errors.HttpsUrl($"{path}.parameters.url", parameters.Url, "The URL");
    }
}
