using Wasel.Platform;
using Wasel.Platform.Data;
using Wasel.Sandbox;

var builder = WebApplication.CreateBuilder(args);

builder.AddPlatform();
builder.AddData();
builder.AddSandbox();

var app = builder.Build();

app.MapPlatform();
app.MapSandbox("/sandbox");

app.Run();

public partial class Program;
