using System.Globalization;
using Wasel.Sandbox.State;
using Wasel.Sandbox.Webhooks;

namespace Wasel.Sandbox.Graph.Templates;

/// <summary>
/// The WhatsApp Business Account's message templates. New ones are PENDING until reviewed after
/// <c>TemplateReviewDelayMs</c>; every status change is announced by a <c>message_template_status_update</c> webhook.
/// </summary>
public sealed class TemplateStore
{
    private readonly SandboxState state;
    private readonly WebhookPublisher publisher;
    private readonly List<MessageTemplate> templates = [];
    private long nextId = 7_000_000_000_000_000;

    public TemplateStore(SandboxState state, WebhookPublisher publisher)
    {
        this.state = state;
        this.publisher = publisher;
        state.Resetting += () => { lock (templates) templates.Clear(); };
    }

    /// <summary>The template with that name in that language (e.g. "order_ready", "en_US"), whatever its status.</summary>
    public MessageTemplate? Find(string name, string language)
    {
        lock (templates) return templates.FirstOrDefault(t => t.Name == name && t.Language == language);
    }

    public MessageTemplate? FindById(string id)
    {
        lock (templates) return templates.FirstOrDefault(t => t.Id == id);
    }

    /// <summary>All templates, oldest first.</summary>
    public IReadOnlyList<MessageTemplate> All
    {
        get { lock (templates) return templates.ToList(); }
    }

    public (MessageTemplate? Template, GraphError? Error) Create(TemplateDraft draft)
    {
        MessageTemplate template;
        lock (templates)
        {
            if (templates.Any(t => t.Name == draft.Name && t.Language == draft.Language))
                return (null, TemplateErrors.Of(TemplateErrors.LanguageExists, "Content in this language already exists",
                    $"A template named {draft.Name} already exists in {draft.Language}; use another name or language."));
            if (templates.Count >= state.Settings.MaxTemplates)
                return (null, TemplateErrors.Of(TemplateErrors.TemplateLimit, "Template limit exceeded",
                    $"This account already has {templates.Count} templates, the most allowed; delete some first."));
            template = new MessageTemplate
            {
                Id = Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture),
                Name = draft.Name,
                Language = draft.Language,
                Category = draft.Category,
                ParameterFormat = draft.ParameterFormat,
                Components = draft.Components,
            };
            templates.Add(template);
        }
        _ = ReviewLaterAsync(template);
        return (template, null);
    }

    /// <summary>Deletes every language of <paramref name="name"/>, or only the one with <paramref name="id"/>; returns how many.</summary>
    public int Delete(string name, string? id)
    {
        lock (templates) return templates.RemoveAll(t => t.Name == name && (id is null || t.Id == id));
    }

    /// <summary>
    /// Sets a template's status (APPROVED, PAUSED, DISABLED, REJECTED…) and publishes the status webhook whose event is
    /// the new status. Used by review and by the control API.
    /// </summary>
    public bool SetStatus(string templateId, string status, string? reason = "NONE")
    {
        MessageTemplate? template;
        lock (templates)
        {
            template = templates.FirstOrDefault(t => t.Id == templateId);
            if (template is null) return false;
            template.Status = status;
            template.RejectedReason = status == "REJECTED" ? reason : null;
        }
        publisher.Publish("message_template_status_update", TemplateStatusWebhook.Build(template, status, reason));
        return true;
    }

    private async Task ReviewLaterAsync(MessageTemplate template)
    {
        // Never review inside Create: the creator must see PENDING first, as with Meta.
        await Task.Yield();
        await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(0, state.Settings.TemplateReviewDelayMs)), state.Clock.Time);
        lock (templates)
            if (!templates.Contains(template) || template.Status != "PENDING") return;
        var (status, reason) = TemplateReview.Decide(template, state.Settings);
        SetStatus(template.Id, status, reason);
    }
}
