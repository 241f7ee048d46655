using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Platform;

/// <summary>On PostgreSQL, the statements Wasel repeats are prepared once per connection rather than parsed and planned each time.</summary>
public class PreparedStatementsTests
{
    [Fact]
    public async Task A_statement_run_again_and_again_on_postgres_is_prepared_on_its_connection()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Postgres);
        var ct = TestContext.Current.CancellationToken;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WaselDb>();
        await db.Database.OpenConnectionAsync(ct);

        for (var i = 0; i < 10; i++) await db.Contacts.Where(c => c.WaId == "966500000001").CountAsync(ct);

        var prepared = await db.Database.SqlQueryRaw<long>("""SELECT COUNT(*) AS "Value" FROM pg_prepared_statements WHERE statement LIKE '%"Contacts"%'""").SingleAsync(ct);
        Assert.True(prepared >= 1, "The repeated contact query should have been prepared on the connection.");
    }

    [Theory]
    [InlineData("Host=db;Database=wasel;Username=w;Password=p", 64)]
    [InlineData("Host=db;Database=wasel;Username=w;Password=p;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Database=wasel;Username=w;Password=p;MaxAutoPrepare=10", 10)]
    public void Automatic_preparation_is_on_unless_the_connection_string_sets_it(string given, int expected)
    {
        var result = new Npgsql.NpgsqlConnectionStringBuilder(DataFeature.WithPreparedStatements(given));
        Assert.Equal(expected, result.MaxAutoPrepare);
        Assert.Equal("p", result.Password);
    }
}
