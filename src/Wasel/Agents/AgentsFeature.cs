using Microsoft.AspNetCore.Identity;
using Wasel.Agents.Account;
using Wasel.Agents.Admin;
using Wasel.Agents.Teams;
using Wasel.Platform.Data;

namespace Wasel.Agents;

/// <summary>People and access: sign-in with ASP.NET Core Identity (cookie), roles and teams.</summary>
public static class AgentsFeature
{
    public static IHostApplicationBuilder AddAgents(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(o =>
        {
            o.DefaultScheme = IdentityConstants.ApplicationScheme;
            o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
        }).AddIdentityCookies();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "wasel.auth";
        });
        builder.Services.AddIdentityCore<Agent>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedAccount = true; // "confirmed" means not disabled: see AgentConfirmation
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WaselDb>()
            .AddClaimsPrincipalFactory<AgentClaimsFactory>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        builder.Services.AddScoped<IUserConfirmation<Agent>, AgentConfirmation>();
        // A password change renews the security stamp; other sessions notice within this interval and end.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromSeconds(30));

        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, StaffRevalidation>();

        builder.Services.AddScoped<ListAgents>();
        builder.Services.AddScoped<InviteAgent>();
        builder.Services.AddScoped<UpdateAgent>();
        builder.Services.AddScoped<SetAgentDisabled>();
        builder.Services.AddScoped<ListTeams>();
        builder.Services.AddScoped<CreateTeam>();
        builder.Services.AddScoped<RenameTeam>();
        builder.Services.AddScoped<DeleteTeam>();
        builder.Services.AddScoped<SetTeamMembers>();
        return builder;
    }

    /// <summary>Sign-out and the language switch (form posts); the account and admin pages are routed by Blazor.</summary>
    public static WebApplication MapAgents(this WebApplication app)
    {
        AccountEndpoints.Map(app);
        return app;
    }
}
