using Wasel.Bench;

// Load scripts whose figures go into docs/benchmarks.md. Each prints the command line it ran with.
return args.FirstOrDefault() switch
{
    "sandbox-send" => await SandboxSendBenchmark.RunAsync(args[1..]),
    "webhook-ingest" => await WebhookIngestBenchmark.RunAsync(args[1..]),
    "outbound" => await OutboundBenchmark.RunAsync(args[1..]),
    "inbox-list" => await InboxListBenchmark.RunAsync(args[1..]),
    "live-latency" => await LiveLatencyBenchmark.RunAsync(args[1..]),
    "bare-endpoint" => await BareWebhookEndpoint.RunAsync(args[1..]), // started by webhook-ingest
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Wasel.Bench -- sandbox-send [--seconds 10] [--concurrency 64] [--customers 5000] [--webhooks on|off]");
    Console.Error.WriteLine("       dotnet run -c Release --project bench/Wasel.Bench -- webhook-ingest [--provider sqlite|postgres] [--rate 3300] [--seconds 15] [--connections 256] [--warmup 10] [--only wasel|bare]");
    Console.Error.WriteLine("       dotnet run -c Release --project bench/Wasel.Bench -- outbound [--provider sqlite|postgres] [--customers 2000] [--per-customer 10] [--concurrency 64] [--throughput 1000] [--stage all|drain] [--batch 1] [--wasel path/to/Wasel.dll]");
    Console.Error.WriteLine("       dotnet run -c Release --project bench/Wasel.Bench -- inbox-list [--conversations 100000] [--messages-per-conversation 10] [--iterations 200] [--database NAME]");
    Console.Error.WriteLine("       dotnet run -c Release --project bench/Wasel.Bench -- live-latency [--rate 1000] [--seconds 15] [--connections 256] [--warmup 5]");
    return 2;
}
