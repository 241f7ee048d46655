using Wasel.Agents;
using Wasel.Contacts;
using Wasel.Conversations;
using Wasel.Demo;
using Wasel.Inbox;
using Wasel.Integrations.ApiKeys;
using Wasel.Media;
using Wasel.Messaging;
using Wasel.Platform;
using Wasel.Platform.Data;
using Wasel.Platform.Ui;
using Wasel.Sandbox;

var builder = WebApplication.CreateBuilder(args);

builder.AddPlatform();
builder.AddData();
builder.AddAgents();
builder.AddApiKeys();
builder.AddContacts();
builder.AddConversations();
builder.AddMessaging();
builder.AddMedia();
builder.AddSandbox();
builder.AddDemo();
builder.AddInbox();
builder.AddUi();

var app = builder.Build();

if (args is ["api-keys", ..])
    return await ApiKeysCommand.RunAsync(app.Services, args, Console.Out, Console.Error);

app.MapPlatform();
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
