using Microsoft.Extensions.DependencyInjection;
using Wasel.BusinessProfile;
using Wasel.Platform.Data;
using Wasel.Sandbox.State;
using Wasel.Tests.Inbox.Settings;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.BusinessProfile;

public class WhatsAppConnectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_connection_test_reads_the_number_from_the_embedded_sandbox_over_http()
    {
        await using var app = await WaselApp.StartOnKestrelAsync(DatabaseProvider.Sqlite);

        var result = await app.UseCase<TestWhatsAppConnection>().HandleAsync(SettingsStaff.Admin, Ct);

        Assert.True(result.Value!.Succeeded);
        var number = result.Value.PhoneNumber!;
        Assert.Equal(app.Services.GetRequiredService<SandboxState>().Settings.VerifiedName, number.VerifiedName);
        Assert.Equal("GREEN", number.QualityRating);
        Assert.Equal("VERIFIED", number.CodeVerificationStatus);
    }

    [Fact]
    public async Task A_rejected_token_is_explained_by_the_error_catalogue()
    {
        await using var app = await WaselApp.StartOnKestrelAsync(DatabaseProvider.Sqlite);
        var test = app.UseCase<TestWhatsAppConnection>();
        Assert.True((await test.HandleAsync(SettingsStaff.Admin, Ct)).Value!.Succeeded); // fixes the client's token
        app.Services.GetRequiredService<SandboxState>().ChangeSettings(o => o.AccessToken = "a-rotated-token");

        var result = (await test.HandleAsync(SettingsStaff.Admin, Ct)).Value!;

        Assert.False(result.Succeeded);
        Assert.Equal(190, result.Failure!.Code);
        Assert.Equal(401, result.Failure.HttpStatus);
        Assert.Contains("token", result.Failure.Meaning, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(result.Failure.WhatToDo);
    }

    [Fact]
    public async Task In_sandbox_mode_the_page_shows_the_webhook_url_and_a_masked_token()
    {
        await using var app = await WaselApp.StartOnKestrelAsync(DatabaseProvider.Sqlite);
        var sandbox = app.Services.GetRequiredService<SandboxState>().Settings;

        var c = app.UseCase<DescribeWhatsAppConnection>().Handle(SettingsStaff.Admin, new Uri("https://inbox.example.com/")).Value!;

        Assert.True(c.UsesSandbox);
        Assert.Equal("https://inbox.example.com/webhooks/whatsapp", c.WebhookUrl);
        Assert.Equal(sandbox.PhoneNumberId, c.PhoneNumberId);
        Assert.Equal(sandbox.WabaId, c.WabaId);
        Assert.DoesNotContain(sandbox.AccessToken, c.MaskedAccessToken);
        Assert.True(c.AppSecretSet);
    }

    [Fact]
    public async Task With_meta_credentials_it_shows_them_from_configuration_without_the_token_in_full()
    {
        const string token = "EAAGm0PX4ZCpsBAKZBexampletokenx1z9";
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite, new()
        {
            ["WhatsApp:AccessToken"] = token,
            ["WhatsApp:PhoneNumberId"] = "106540352242922",
            ["WhatsApp:WabaId"] = "102290129340398",
            ["WhatsApp:VerifyToken"] = "verify-me-7f3a",
            ["WhatsApp:ApiVersion"] = "v23.0",
        });

        var c = app.UseCase<DescribeWhatsAppConnection>().Handle(SettingsStaff.Admin, new Uri("https://inbox.example.com/")).Value!;

        Assert.False(c.UsesSandbox);
        Assert.Equal(("106540352242922", "102290129340398", "verify-me-7f3a", "v23.0"), (c.PhoneNumberId, c.WabaId, c.VerifyToken, c.ApiVersion));
        Assert.Equal("https://graph.facebook.com/", c.GraphBaseUrl);
        Assert.Equal($"EAAG••••x1z9 ({token.Length})", c.MaskedAccessToken);
        Assert.False(c.AppSecretSet);
    }

    [Fact]
    public async Task A_non_admin_is_refused()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);

        Assert.Equal(403, app.UseCase<DescribeWhatsAppConnection>().Handle(SettingsStaff.Agent, new Uri("https://x.example/")).Problem?.Status);
        Assert.Equal(403, (await app.UseCase<TestWhatsAppConnection>().HandleAsync(SettingsStaff.Supervisor, Ct)).Problem?.Status);
    }
}
