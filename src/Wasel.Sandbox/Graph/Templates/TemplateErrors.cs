namespace Wasel.Sandbox.Graph.Templates;

/// <summary>
/// Template management errors as Meta returns them: code 100 "Invalid parameter" with the specific 2388xxx code as
/// error_subcode and a user title/message that say what to fix.
/// </summary>
public static class TemplateErrors
{
    public const int FieldTooLong = 2388040;
    public const int MissingExample = 2388043;
    public const int HeaderFormat = 2388047;
    public const int BodyFormat = 2388072;
    public const int FooterFormat = 2388073;
    public const int TooManyParameters = 2388293;
    public const int ParameterAtEdge = 2388299;
    public const int LanguageExists = 2388024;
    public const int TemplateLimit = 2388019;
    public const int ButtonsInvalid = 2388158;

    public static GraphError Of(int subcode, string title, string message) =>
        new(100, "Invalid parameter", null, 400) { Subcode = subcode, UserTitle = title, UserMessage = message };

    public static GraphError TooLong(string component, int max) =>
        Of(FieldTooLong, "Character limit exceeded", $"The {component} text is too long: at most {max} characters.");
}
