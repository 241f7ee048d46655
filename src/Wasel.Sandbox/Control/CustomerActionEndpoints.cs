using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wasel.Sandbox.Rules;
using Wasel.Sandbox.State;
using Wasel.Sandbox.Webhooks;

namespace Wasel.Sandbox.Control;

/// <summary>What a customer does besides writing: reading, blocking, reporting, stopping marketing.</summary>
internal static class CustomerActionEndpoints
{
    public static void MapCustomerActions(this RouteGroupBuilder api)
    {
        var actions = api.MapGroup("/customers/{wa_id}").WithTags("Customer actions")
            .ProducesProblem(StatusCodes.Status404NotFound);

        actions.MapPost("/read", ([FromRoute(Name = "wa_id")] string waId, SandboxState state, DeliverySimulator delivery) =>
                Act(state, waId, customer => delivery.MarkRead(customer)))
            .WithName("MarkRead").WithSummary("The customer reads everything the business sent them (read statuses follow)");
        actions.MapPost("/block", ([FromRoute(Name = "wa_id")] string waId, SandboxState state, QualityRating quality) =>
                Act(state, waId, customer =>
                {
                    if (SetFlag(state, () => customer.BlockedBusiness, v => customer.BlockedBusiness = v, true)) quality.Record(NegativeFeedback.Block);
                }))
            .WithName("BlockBusiness").WithSummary("The customer blocks the business: sends to them fail, and the quality rating counts it");
        actions.MapPost("/unblock", ([FromRoute(Name = "wa_id")] string waId, SandboxState state) =>
                Act(state, waId, customer => SetFlag(state, () => customer.BlockedBusiness, v => customer.BlockedBusiness = v, false)))
            .WithName("UnblockBusiness").WithSummary("The customer unblocks the business");
        actions.MapPost("/report", ([FromRoute(Name = "wa_id")] string waId, SandboxState state, QualityRating quality) =>
                Act(state, waId, customer =>
                {
                    // Reporting on WhatsApp also blocks; it is one piece of negative feedback, counted as a report.
                    SetFlag(state, () => customer.BlockedBusiness, v => customer.BlockedBusiness = v, true);
                    quality.Record(NegativeFeedback.Report);
                }))
            .WithName("ReportBusiness").WithSummary("The customer reports (and so blocks) the business; the quality rating counts it");
        actions.MapPost("/stop-marketing", ([FromRoute(Name = "wa_id")] string waId, SandboxState state, WebhookPublisher publisher) =>
                Act(state, waId, customer => MarketingPreference(state, publisher, customer, stop: true)))
            .WithName("StopMarketing").WithSummary("The customer stops marketing messages (131050 on marketing templates; user_preferences webhook)");
        actions.MapPost("/resume-marketing", ([FromRoute(Name = "wa_id")] string waId, SandboxState state, WebhookPublisher publisher) =>
                Act(state, waId, customer => MarketingPreference(state, publisher, customer, stop: false)))
            .WithName("ResumeMarketing").WithSummary("The customer resumes marketing messages (user_preferences webhook)");
    }

    private static Results<Ok<CustomerResponse>, ProblemHttpResult> Act(SandboxState state, string waId, Action<SimulatedCustomer> action)
    {
        if (CustomerEndpoints.Find(state, waId) is not { } customer) return ControlProblems.UnknownCustomer(waId);
        action(customer);
        return TypedResults.Ok(CustomerResponse.From(customer, state));
    }

    /// <summary>Sets a flag under the state lock; true when it changed.</summary>
    private static bool SetFlag(SandboxState state, Func<bool> get, Action<bool> set, bool value)
    {
        lock (state.Sync)
        {
            if (get() == value) return false;
            set(value);
            return true;
        }
    }

    private static void MarketingPreference(SandboxState state, WebhookPublisher publisher, SimulatedCustomer customer, bool stop)
    {
        if (!SetFlag(state, () => customer.StoppedMarketing, v => customer.StoppedMarketing = v, stop)) return;
        var settings = state.Settings;
        // Shape as in public fixtures of Meta's user_preferences field (the timestamp there is a number).
        publisher.Publish("user_preferences", new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["metadata"] = new JsonObject
            {
                ["display_phone_number"] = settings.DisplayPhoneNumber,
                ["phone_number_id"] = settings.PhoneNumberId,
            },
            ["contacts"] = new JsonArray(new JsonObject { ["wa_id"] = customer.WaId }),
            ["user_preferences"] = new JsonArray(new JsonObject
            {
                ["wa_id"] = customer.WaId,
                ["detail"] = stop ? "User requested to stop marketing messages" : "User requested to resume marketing messages",
                ["category"] = "marketing_messages",
                ["value"] = stop ? "stop" : "resume",
                ["timestamp"] = state.Clock.UtcNow.ToUnixTimeSeconds(),
            }),
        });
    }
}
