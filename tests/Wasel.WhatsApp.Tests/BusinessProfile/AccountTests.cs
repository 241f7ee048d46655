using Wasel.WhatsApp.BusinessProfile;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Tests.Support;

namespace Wasel.WhatsApp.Tests.BusinessProfile;

public class AccountTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_profile_reads_the_first_data_entry()
    {
        await using var graph = (await FakeGraph.StartAsync()).ThenJson(200, """
            {"data":[{"about":"Succulent specialists!","address":"1 Hacker Way","description":"At Lucky Shrub","email":"lucky@luckyshrub.com",
              "profile_picture_url":"https://pps.whatsapp.net/p","websites":["https://www.luckyshrub.com/"],"vertical":"PROF_SERVICES","messaging_product":"whatsapp"}]}
            """);
        var client = graph.CreateClient();

        var profile = await client.GetBusinessProfileAsync(Ct);

        Assert.Equal("Succulent specialists!", profile.About);
        Assert.Equal(BusinessVertical.ProfessionalServices, profile.Vertical);
        Assert.Equal(["https://www.luckyshrub.com/"], profile.Websites!);
        var request = Assert.Single(graph.Requests);
        Assert.Equal("/sandbox/graph/v23.0/106540352242922/whatsapp_business_profile", request.Path);
        Assert.Contains("fields=about,address,description,email,profile_picture_url,websites,vertical", request.Query);
    }

    [Fact]
    public async Task Update_profile_posts_only_the_fields_set()
    {
        await using var graph = (await FakeGraph.StartAsync()).ThenSuccess();
        var client = graph.CreateClient();

        await client.UpdateBusinessProfileAsync(new BusinessProfileUpdate { About = "Open 9-5", Vertical = BusinessVertical.Retail }, Ct);

        JsonAssert.Equivalent("""{"messaging_product":"whatsapp","about":"Open 9-5","vertical":"RETAIL"}""", Assert.Single(graph.Requests).BodyText);
    }

    [Fact]
    public async Task Update_profile_with_three_websites_is_rejected_before_sending()
    {
        await using var graph = await FakeGraph.StartAsync();
        var client = graph.CreateClient();

        var exception = await Assert.ThrowsAsync<WhatsAppValidationException>(() => client.UpdateBusinessProfileAsync(
            new BusinessProfileUpdate { Websites = ["https://a.com", "https://b.com", "https://c.com"] }, Ct));

        Assert.Equal("websites", Assert.Single(exception.Errors).Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task Phone_number_fields_are_requested_and_parsed()
    {
        await using var graph = (await FakeGraph.StartAsync()).ThenJson(200, """
            {"id":"106540352242922","display_phone_number":"+1 555-078-3881","verified_name":"Lucky Shrub","quality_rating":"GREEN",
             "messaging_limit_tier":"TIER_1K","whatsapp_business_manager_messaging_limit":"TIER_2K","throughput":{"level":"STANDARD"},
             "code_verification_status":"VERIFIED","name_status":"APPROVED","platform_type":"CLOUD_API","status":"CONNECTED"}
            """);
        var client = graph.CreateClient();

        var phone = await client.GetPhoneNumberAsync(cancellationToken: Ct);

        Assert.Equal("GREEN", phone.QualityRating);
        Assert.Equal("TIER_2K", phone.WhatsappBusinessManagerMessagingLimit);
        Assert.Equal("STANDARD", phone.Throughput?.Level);
        Assert.Equal("APPROVED", phone.NameStatus);
        var request = Assert.Single(graph.Requests);
        Assert.Equal("/sandbox/graph/v23.0/106540352242922", request.Path);
        Assert.Contains("quality_rating", Uri.UnescapeDataString(request.Query));
        Assert.Contains("throughput", Uri.UnescapeDataString(request.Query));
    }
}
