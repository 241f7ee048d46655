using Microsoft.Extensions.DependencyInjection.Extensions;
using Wasel.Conversations;
using Wasel.Inbox.Chat;
using Wasel.Inbox.Compose;
using Wasel.Inbox.List;

namespace Wasel.Inbox;

/// <summary>The team inbox: conversation lists, the chat view, compose and conversation actions (Blazor, interactive server).</summary>
public static class InboxFeature
{
    public static IHostApplicationBuilder AddInbox(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<InboxNotifier>();
        builder.Services.AddSingleton<ListInbox>();
        builder.Services.AddSingleton<ReadConversation>();
        builder.Services.AddSingleton<InboxDirectory>();
        builder.Services.AddSingleton<AssignConversation>();
        builder.Services.AddSingleton<SetConversationStatus>();
        builder.Services.AddSingleton<LabelConversation>();
        builder.Services.AddSingleton<AddNote>();
        builder.Services.AddSingleton<MarkConversationRead>();
        builder.Services.AddScoped<InboxSender>();
        builder.Services.AddSingleton<TemplateCatalog>();
        builder.Services.AddSingleton<SnoozeWaker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SnoozeWaker>());
        return builder;
    }

    public static WebApplication MapInbox(this WebApplication app)
    {
        app.MapInboxMedia();
        return app;
    }
}
