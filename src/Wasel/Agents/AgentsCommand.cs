using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wasel.Agents.Admin;
using Wasel.Platform.Data;

namespace Wasel.Agents;

/// <summary>
/// `wasel agents create --email E --name N --role admin|supervisor|agent [--teams a,b] [--languages ar,en] [--cap N]`
/// makes an account (the first admin of a new install, say) and prints its generated password once;
/// `wasel agents reset-password --email E` gives an account a new generated password. Exit code 0 on success,
/// 2 on bad arguments.
/// </summary>
internal static class AgentsCommand
{
    private const string Usage = """
        usage: agents create --email EMAIL --name NAME --role admin|supervisor|agent [--teams team1,team2] [--languages ar,en] [--cap N]
               agents reset-password --email EMAIL
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        if (args is not ["agents", "create" or "reset-password", ..])
        {
            await errors.WriteLineAsync(Usage);
            return 2;
        }
        await DatabaseMigrator.MigrateIfEnabledAsync(services, CancellationToken.None);
        await using var scope = services.CreateAsyncScope();
        return args[1] == "create"
            ? await CreateAsync(scope.ServiceProvider, args, output, errors)
            : await ResetPasswordAsync(scope.ServiceProvider, args, output, errors);
    }

    private static async Task<int> CreateAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        var db = services.GetRequiredService<WaselDb>();
        var teamNames = List(ValueOf(args, "--teams"));
        var teams = await db.Teams.Where(t => teamNames.Contains(t.Name)).ToDictionaryAsync(t => t.Name, t => t.Id);
        if (teamNames.FirstOrDefault(n => !teams.ContainsKey(n)) is { } unknown)
        {
            var known = await db.Teams.OrderBy(t => t.Name).Select(t => t.Name).ToListAsync();
            await errors.WriteLineAsync($"--teams: there is no team called '{unknown}'. Teams: {(known.Count == 0 ? "none yet (create them on /admin/teams)" : string.Join(", ", known))}.");
            return 2;
        }
        int? cap = null;
        if (ValueOf(args, "--cap") is { } capText)
        {
            if (!int.TryParse(capText, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                await errors.WriteLineAsync($"--cap: '{capText}' is not a whole number. Give the number of open conversations the agent may hold, e.g. 8.");
                return 2;
            }
            cap = value;
        }

        var input = new AgentInput(ValueOf(args, "--name") ?? "", ValueOf(args, "--email") ?? "", ValueOf(args, "--role") ?? "",
            teams.Values.ToList(), List(ValueOf(args, "--languages")), cap);
        var result = await services.GetRequiredService<InviteAgent>().HandleAsync(AdminOnly.CommandLine, input, CancellationToken.None);
        if (!result.Succeeded)
        {
            foreach (var (field, messages) in result.Errors ?? new Dictionary<string, string[]>())
                foreach (var message in messages)
                    await errors.WriteLineAsync($"--{Option(field)}: {message}");
            if (result.Problem is { } problem) await errors.WriteLineAsync(problem.Detail);
            return 2;
        }
        await output.WriteLineAsync($"Created {input.Role} {input.Name.Trim()} <{result.Value!.Email}>.");
        await output.WriteLineAsync("Password (hand it over now; it is not shown again, and can be changed after signing in):");
        await output.WriteLineAsync(result.Value.Password);
        return 0;
    }

    private static async Task<int> ResetPasswordAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        var users = services.GetRequiredService<UserManager<Agent>>();
        var email = ValueOf(args, "--email") ?? "";
        if (await users.FindByEmailAsync(email.Trim()) is not { } agent)
        {
            await errors.WriteLineAsync($"--email: no account has the e-mail '{email}'.");
            return 2;
        }
        var password = GeneratedPassword.Create();
        AgentRoles.Check(await users.RemovePasswordAsync(agent));
        AgentRoles.Check(await users.AddPasswordAsync(agent, password));
        AgentRoles.Check(await users.UpdateSecurityStampAsync(agent)); // sessions on the old password end
        await users.SetLockoutEndDateAsync(agent, null);
        await users.ResetAccessFailedCountAsync(agent);
        await output.WriteLineAsync($"New password for {agent.DisplayName} <{agent.Email}> (shown once):");
        await output.WriteLineAsync(password);
        return 0;
    }

    private static string Option(string field) => field switch
    {
        "concurrencyCap" => "cap",
        _ => field,
    };

    private static List<string> List(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string? ValueOf(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
