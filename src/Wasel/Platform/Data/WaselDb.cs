using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Wasel.Agents;
using Wasel.Inbox;
using Wasel.Messaging;
using Wasel.Contacts;
using Wasel.Conversations;
using Wasel.Integrations.ApiKeys;
using Wasel.Media;
using Wasel.Routing;

namespace Wasel.Platform.Data;

/// <summary>
/// Wasel's database. Used directly (no repositories). One subclass per provider carries that provider's migrations;
/// everything else depends on this type.
/// </summary>
public abstract class WaselDb(DbContextOptions options) : IdentityDbContext<Agent>(options)
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
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<Label> Labels => Set<Label>();
    public DbSet<ConversationLabel> ConversationLabels => Set<ConversationLabel>();
    public DbSet<CannedResponse> CannedResponses => Set<CannedResponse>();
    public DbSet<BusinessHours> BusinessHours => Set<BusinessHours>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder); // Identity's users, roles and claims
        modelBuilder.ApplyConfiguration(new AgentConfiguration());
        modelBuilder.ApplyConfiguration(new TeamConfiguration());
        modelBuilder.ApplyConfiguration(new TeamMemberConfiguration());
        modelBuilder.ApplyConfiguration(new LabelConfiguration());
        modelBuilder.ApplyConfiguration(new ConversationLabelConfiguration());
        modelBuilder.ApplyConfiguration(new CannedResponseConfiguration());
        modelBuilder.ApplyConfiguration(new BusinessHoursConfiguration());
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
