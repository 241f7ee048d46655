namespace Wasel.BusinessProfile;

/// <summary>The WhatsApp connection (sandbox or Meta, webhook set-up, connection test) and the business profile.</summary>
public static class BusinessProfileFeature
{
    public static IHostApplicationBuilder AddBusinessProfile(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<DescribeWhatsAppConnection>();
        builder.Services.AddScoped<TestWhatsAppConnection>();
        builder.Services.AddScoped<ReadBusinessProfile>();
        builder.Services.AddScoped<UpdateBusinessProfile>();
        builder.Services.AddScoped<ChangeProfilePicture>();
        return builder;
    }
}
