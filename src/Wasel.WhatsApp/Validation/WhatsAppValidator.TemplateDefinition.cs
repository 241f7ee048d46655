using System.Text.RegularExpressions;
using Wasel.WhatsApp.Templates;

namespace Wasel.WhatsApp.Validation;

public static partial class WhatsAppValidator
{
    [GeneratedRegex(@"\{\{\s*([^{}]*?)\s*\}\}")]
    private static partial Regex PlaceholderPattern();

    /// <summary>Validates a template before it is submitted for review (CLOUD-API §4.2).</summary>
    public static IReadOnlyList<ValidationError> Validate(TemplateDefinition template)
    {
        var errors = new ValidationErrors();
        CheckTemplateName("name", template.Name, errors);
        errors.Required("language", template.Language, "The language code");
        if (template.Category?.ToUpperInvariant() is not (TemplateCategories.Marketing or TemplateCategories.Utility or TemplateCategories.Authentication))
            errors.Add("category", "The category must be MARKETING, UTILITY or AUTHENTICATION.");
        var named = string.Equals(template.ParameterFormat, "named", StringComparison.OrdinalIgnoreCase);
        if (template.ParameterFormat is not null && !named && !string.Equals(template.ParameterFormat, "positional", StringComparison.OrdinalIgnoreCase))
            errors.Add("parameter_format", "The parameter format must be positional or named.");

        var components = template.Components ?? [];
        foreach (var type in new[] { "HEADER", "BODY", "FOOTER", "BUTTONS" })
            if (components.Count(c => string.Equals(c.Type, type, StringComparison.OrdinalIgnoreCase)) > 1)
                errors.Add("components", $"A template has at most one {type} component.");
        if (!components.Any(c => string.Equals(c.Type, "BODY", StringComparison.OrdinalIgnoreCase)))
            errors.Add("components", "A template needs a BODY component.");

        for (var i = 0; i < components.Count; i++)
            CheckDefinitionComponent($"components[{i}]", components[i], named, errors);
        return errors;
    }

    private static void CheckDefinitionComponent(string path, TemplateComponentDefinition component, bool named, ValidationErrors errors)
    {
        switch (component.Type?.ToUpperInvariant())
        {
            case "HEADER":
                if (component.Format is null || component.Format.Equals("TEXT", StringComparison.OrdinalIgnoreCase))
                {
                    errors.RequiredMaxLength($"{path}.text", component.Text, 60, "The header text");
                    if (Placeholders(component.Text).Count > 1)
                        errors.Add($"{path}.text", "A text header may have at most one parameter.");
                    CheckPlaceholders($"{path}.text", component, named, errors);
                }
                break;
            case "BODY":
                errors.RequiredMaxLength($"{path}.text", component.Text, 1024, "The body text");
                CheckPlaceholders($"{path}.text", component, named, errors);
                break;
            case "FOOTER":
                errors.RequiredMaxLength($"{path}.text", component.Text, 60, "The footer text");
                if (Placeholders(component.Text).Count > 0)
                    errors.Add($"{path}.text", "A footer cannot have parameters.");
                break;
            case "BUTTONS":
                CheckDefinitionButtons(path, component.Buttons ?? [], errors);
                break;
            default:
                errors.Add($"{path}.type", "A component type must be HEADER, BODY, FOOTER or BUTTONS.");
                break;
        }
    }

    private static List<string> Placeholders(string? text) =>
        text is null ? [] : PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).ToList();

    private static void CheckPlaceholders(string path, TemplateComponentDefinition component, bool named, ValidationErrors errors)
    {
        var text = component.Text ?? "";
        var names = Placeholders(text);
        if (names.Count == 0)
            return;

        if (named)
        {
            foreach (var name in names.Where(n => !TemplateNamePattern().IsMatch(n)))
                errors.Add(path, $"{{{{{name}}}}} is not a valid named parameter; use lowercase letters, digits and underscores.");
        }
        else if (!names.Select((n, i) => n == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).All(ok => ok))
            errors.Add(path, "Positional parameters must be {{1}}, {{2}}, … in order, without gaps or other characters.");

        var trimmed = text.Trim();
        if (trimmed.StartsWith("{{", StringComparison.Ordinal) || trimmed.EndsWith("}}", StringComparison.Ordinal))
            errors.Add(path, "A parameter cannot be at the start or end of the text; add fixed text around it.");
        if (Regex.IsMatch(text, @"\}\}\s*\{\{"))
            errors.Add(path, "Two parameters cannot be next to each other; put fixed text between them.");
        if (component.Example is null)
            errors.Add(path.Replace(".text", ".example", StringComparison.Ordinal), "Parameters need example values for review.");
    }

    private static void CheckDefinitionButtons(string path, IReadOnlyList<TemplateButtonDefinition> buttons, ValidationErrors errors)
    {
        int Count(string type) => buttons.Count(b => string.Equals(b.Type, type, StringComparison.OrdinalIgnoreCase));
        if (buttons.Count is 0 or > 10)
            errors.Add($"{path}.buttons", $"A BUTTONS component needs 1 to 10 buttons; it has {buttons.Count}.");
        if (Count("URL") > 2)
            errors.Add($"{path}.buttons", "A template can have at most 2 URL buttons.");
        if (Count("PHONE_NUMBER") > 1)
            errors.Add($"{path}.buttons", "A template can have at most 1 phone number button.");
        if (Count("COPY_CODE") > 1)
            errors.Add($"{path}.buttons", "A template can have at most 1 copy-code button.");

        // Quick replies must form one group, before or after the other buttons, never interleaved with them.
        var groups = buttons.Select(b => string.Equals(b.Type, "QUICK_REPLY", StringComparison.OrdinalIgnoreCase))
            .Where((isQuick, i) => i == 0 || isQuick != string.Equals(buttons[i - 1].Type, "QUICK_REPLY", StringComparison.OrdinalIgnoreCase))
            .Count();
        if (groups > 2)
            errors.Add($"{path}.buttons", "Group quick-reply buttons together, before or after the other buttons.");

        for (var i = 0; i < buttons.Count; i++)
        {
            var button = buttons[i];
            var isCopyCode = string.Equals(button.Type, "COPY_CODE", StringComparison.OrdinalIgnoreCase);
            // WhatsApp labels a copy-code button itself ("Copy offer code"); every other button needs its own label.
            if (isCopyCode)
                errors.MaxLength($"{path}.buttons[{i}].text", button.Text, 25, "The button label");
            else
                errors.RequiredMaxLength($"{path}.buttons[{i}].text", button.Text, 25, "The button label");
            if (string.Equals(button.Type, "URL", StringComparison.OrdinalIgnoreCase))
            {
                errors.RequiredMaxLength($"{path}.buttons[{i}].url", button.Url, 2000, "The button URL");
                var variables = Placeholders(button.Url);
                if (variables.Count > 1 || (variables.Count == 1 && button.Url?.TrimEnd().EndsWith("}}", StringComparison.Ordinal) != true))
                    errors.Add($"{path}.buttons[{i}].url", "A button URL may have one parameter, only at its end.");
            }
            if (string.Equals(button.Type, "PHONE_NUMBER", StringComparison.OrdinalIgnoreCase))
                errors.Required($"{path}.buttons[{i}].phone_number", button.PhoneNumber, "The phone number");
            if (isCopyCode)
            {
                if (button.Example is not [{ Length: > 0 } code])
                    errors.Add($"{path}.buttons[{i}].example", "A copy-code button needs one example code.");
                else
                    errors.MaxLength($"{path}.buttons[{i}].example", code, 15, "The copy code example");
            }
        }
    }
}
