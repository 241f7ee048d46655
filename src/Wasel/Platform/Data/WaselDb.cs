using Microsoft.EntityFrameworkCore;
using Wasel.Messaging;
using Wasel.Contacts;
using Wasel.Conversations;
using Wasel.Integrations.ApiKeys;
using Wasel.Media;

namespace Wasel.Platform.Data;

/// <summary>
/// Wasel's database. Used directly (no repositories). One subclass per provider carries that provider's migrations;
/// everything else depends on this type.
/// </summary>
public abstract class WaselDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<Message> Messages => Set<Message>();
    public DbSet<ConversationEvent> ConversationEvents => Set<ConversationEvent>();
    public DbSet<InboundWebhook> InboundWebhooks => Set<InboundWebhook>();
    public DbSet<OutboundDispatch> OutboundDispatches => Set<OutboundDispatch>();
    public DbSet<EarlyStatus> EarlyStatuses => Set<EarlyStatus>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<MediaFile> MediaFiles => Set<MediaFile>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ContactConfiguration());
        modelBuilder.ApplyConfiguration(new ConversationConfiguration());
        modelBuilder.ApplyConfiguration(new MessageConfiguration());
        modelBuilder.ApplyConfiguration(new ConversationEventConfiguration());
        modelBuilder.ApplyConfiguration(new InboundWebhookConfiguration());
        modelBuilder.ApplyConfiguration(new OutboundDispatchConfiguration());
        modelBuilder.ApplyConfiguration(new EarlyStatusConfiguration());
        modelBuilder.ApplyConfiguration(new ApiKeyConfiguration());
        modelBuilder.ApplyConfiguration(new MediaFileConfiguration());
    }
}
