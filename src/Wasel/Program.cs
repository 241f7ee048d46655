using Wasel.Agents;
using Wasel.BusinessProfile;
using Wasel.Contacts;
using Wasel.Conversations;
using Wasel.Demo;
using Wasel.Inbox;
using Wasel.Inbox.Live;
using Wasel.Inbox.Settings;
using Wasel.Integrations.ApiKeys;
using Wasel.Media;
using Wasel.Messaging;
using Wasel.Platform;
using Wasel.Platform.Data;
using Wasel.Platform.Ui;
using Wasel.Routing;
using Wasel.Sandbox;

var builder = WebApplication.CreateBuilder(args);
// `dotnet run` serves the UI's framework script and scoped CSS from the build's static web assets in every
// environment, not only Development; a published app has no manifest, and this does nothing.
builder.WebHost.UseStaticWebAssets();

builder.AddPlatform();
builder.AddData();
builder.AddAgents();
builder.AddApiKeys();
builder.AddContacts();
builder.AddConversations();
builder.AddLiveUpdates();
builder.AddMessaging();
builder.AddMedia();
builder.AddInboxSettings();
builder.AddBusinessHours();
builder.AddBusinessProfile();
builder.AddSandbox();
builder.AddDemo();
builder.AddInbox();
builder.AddUi();

var app = builder.Build();

if (args is ["api-keys", ..])
    return await ApiKeysCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
if (args is ["agents", ..])
    return await AgentsCommand.RunAsync(app.Services, args, Console.Out, Console.Error);

app.MapPlatform();
app.MapAgents();
var api = app.MapApi();
api.MapApiKeys();
api.MapContacts();
api.MapConversations();
app.MapMessaging(api);
api.MapMedia();
// The emulator and its unauthenticated control API exist only while Wasel talks to it instead of Meta.
if (app.Services.GetRequiredService<WhatsAppConnection>().UsesSandbox) app.MapSandbox("/sandbox");
app.MapInbox();
app.MapUi();

await app.RunAsync();
return 0;

public partial class Program;
