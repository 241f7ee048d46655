using System.Text.RegularExpressions;
using Wasel.WhatsApp.Messages;

namespace Wasel.WhatsApp.Validation;

public static partial class WhatsAppValidator
{
    [GeneratedRegex("^[a-z0-9_]+$")]
    private static partial Regex TemplateNamePattern();

    private static void CheckTemplateMessage(TemplateContent template, ValidationErrors errors)
    {
        CheckTemplateName("template.name", template.Name, errors);
        errors.Required("template.language.code", template.Language?.Code, "The template language code");
        var components = template.Components ?? [];
        for (var c = 0; c < components.Count; c++)
        {
            var component = components[c];
            var path = $"template.components[{c}]";
            if (component.Type is not ("header" or "body" or "button"))
                errors.Add($"{path}.type", "A component type must be header, body or button.");
            if (component.Type == "button")
            {
                errors.Required($"{path}.sub_type", component.SubType, "The button sub_type (quick_reply or url)");
                if (component.Index is not (>= 0 and <= 9))
                    errors.Add($"{path}.index", "The button index must be the button's position in the template, 0 to 9.");
            }

            var parameters = component.Parameters ?? [];
            var named = parameters.Count(p => p.ParameterName is not null);
            if (named > 0 && named < parameters.Count)
                errors.Add($"{path}.parameters", "Mixes named and positional parameters; a template uses one format, so name all or none.");
            for (var p = 0; p < parameters.Count; p++)
                CheckTemplateParameter($"{path}.parameters[{p}]", parameters[p], component.Type, errors);
        }
    }

    private static void CheckTemplateName(string path, string? name, ValidationErrors errors)
    {
        errors.RequiredMaxLength(path, name, 512, "The template name");
        if (!string.IsNullOrEmpty(name) && !TemplateNamePattern().IsMatch(name))
            errors.Add(path, $"\"{name}\" is not a valid template name; use only lowercase letters, digits and underscores.");
    }

    private static void CheckTemplateParameter(string path, TemplateParameter parameter, string componentType, ValidationErrors errors)
    {
        if (parameter.ParameterName is { } name && !TemplateNamePattern().IsMatch(name))
            errors.Add($"{path}.parameter_name", "A parameter name uses only lowercase letters, digits and underscores.");
        var present = parameter.Type switch
        {
            "text" => parameter.Text is not null,
            "currency" => parameter.Currency is not null,
            "date_time" => parameter.DateTime is not null,
            "image" => parameter.Image is not null,
            "video" => parameter.Video is not null,
            "document" => parameter.Document is not null,
            "location" => parameter.Location is not null,
            "payload" => parameter.Payload is not null,
            _ => (bool?)null,
        };
        if (present is null)
            errors.Add($"{path}.type", $"Unknown parameter type \"{parameter.Type}\"; use text, currency, date_time, image, video, document, location or payload.");
        else if (present == false)
            errors.Add($"{path}.{parameter.Type}", $"A \"{parameter.Type}\" parameter needs its \"{parameter.Type}\" value.");

        if (parameter.Type is "image" or "video" or "document" or "location" && componentType != "header")
            errors.Add($"{path}.type", "Media and location parameters belong only in the header component.");
        if (componentType == "header" && parameter.Type == "text")
            errors.MaxLength($"{path}.text", parameter.Text, 60, "The header value");
        foreach (var (media, kind) in new[] { (parameter.Image, "image"), (parameter.Video, "video"), (parameter.Document, "document") })
            if (media is not null)
                CheckMediaSource($"{path}.{kind}", media, errors);
        if (parameter.Location is { } location)
            CheckLocation($"{path}.location", location, errors);
        if (parameter.Currency is { } currency)
        {
            errors.Required($"{path}.currency.fallback_value", currency.FallbackValue, "The currency fallback text");
            if (currency.Code?.Length != 3)
                errors.Add($"{path}.currency.code", "The currency code must be a three-letter ISO 4217 code such as USD.");
        }

        if (parameter.DateTime is { } dateTime)
            errors.Required($"{path}.date_time.fallback_value", dateTime.FallbackValue, "The date fallback text");
    }
}
