using Wasel.Bench;

// Load scripts whose figures go into docs/benchmarks.md. Each prints the command line it ran with.
return args.FirstOrDefault() switch
{
    "sandbox-send" => await SandboxSendBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Wasel.Bench -- sandbox-send [--seconds 10] [--concurrency 64] [--customers 5000] [--webhooks on|off]");
    return 2;
}
