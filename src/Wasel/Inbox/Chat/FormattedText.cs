using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Wasel.Inbox.Chat;

/// <summary>
/// Renders message text with WhatsApp's formatting from parsed nodes: every piece of the text goes in as text
/// content (encoded by the renderer), never as markup, so a message can never inject HTML.
/// </summary>
public sealed class FormattedText : ComponentBase
{
    [Parameter] public string? Text { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder) => Render(builder, WhatsAppFormatting.Parse(Text));

    private static void Render(RenderTreeBuilder b, IReadOnlyList<TextNode> nodes)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case PlainText t:
                    b.AddContent(0, t.Text);
                    break;
                case LineBreak:
                    b.AddMarkupContent(1, "<br>");
                    break;
                case MonoText m:
                    b.OpenElement(2, "code");
                    b.AddContent(3, m.Text);
                    b.CloseElement();
                    break;
                case LinkText l:
                    b.OpenElement(4, "a");
                    b.AddAttribute(5, "href", l.Url);
                    b.AddAttribute(6, "target", "_blank");
                    b.AddAttribute(7, "rel", "noopener noreferrer nofollow");
                    b.AddContent(8, l.Url);
                    b.CloseElement();
                    break;
                case StyledText s:
                    b.OpenElement(9, s.Style switch { TextStyle.Bold => "strong", TextStyle.Italic => "em", TextStyle.Strike => "s", _ => "code" });
                    Render(b, s.Children);
                    b.CloseElement();
                    break;
            }
        }
    }
}
