using Wasel.Conversations;
using static Wasel.Demo.Say;

namespace Wasel.Demo;

public static partial class DemoConversations
{
    private static readonly DemoConversation[] English =
    [
        new("447418503926", ConversationStatus.Resolved, "james",
        [
            Template(98.0, "api:store", "order_confirmation", "en_GB", "utility", DeliveryState.Read, "Oliver", "NK-10466", "£42.50"),
            Customer(97.0, "Brilliant, thanks! Any chance it arrives before Saturday?"),
            Agent(96.8, "james", "Hi Oliver, it's going Royal Mail Tracked 24, so it should land on Friday. I'll keep an eye on it for you."),
            Customer(96.5, "Perfect, cheers"),
        ]),
        new("447418503926", ConversationStatus.Open, "james",
        [
            Customer(1.2, "Hi, the grinder from my last order arrived today but the lid is cracked"),
            CustomerPhoto(1.18, "This is how it came out of the box", DemoPhotos.GrinderLidId),
            Agent(1.0, "james", "Sorry about that, Oliver! A replacement lid ships tomorrow at no cost, and there's no need to send the old one back.", DeliveryState.Delivered),
        ]),
        new("447723604158", ConversationStatus.Open, null,
        [
            CustomerFromAd(1.6, "Hi! Do you ship to the UK? Saw the Medjool gift box ad", "120210000000006034", "Medjool gift boxes, delivered across the UK"),
            Buttons(1.59, "bot", "Hi Amelia! Yes, we deliver across the UK in 2–3 working days, free over £35. What would you like to do?",
                ("gift_boxes", "See gift boxes"), ("shipping", "Shipping details"), ("talk_to_agent", "Talk to a person")),
            CustomerTaps(1.5, "talk_to_agent", "Talk to a person"),
            Customer(1.49, "Can I add a handwritten card? It's for my mum's birthday on the 3rd"),
        ]),
        new("12025550143", ConversationStatus.Pending, "james",
        [
            Customer(52.0, "Hey, do you have a monthly coffee subscription? Looking for something medium roast"),
            Agent(51.7, "james", "Hi Daniel! Yes: Nakhla Monthly is two 250 g bags of single-origin coffee, medium roast unless you say otherwise, $24 a month with free shipping. Shall I send the sign-up link?"),
            Customer(51.0, "Sounds good, let me think about it"),
            Agent(50.9, "james", "Sure thing, just message us whenever you're ready."),
        ]),
        new("14155550172", ConversationStatus.Resolved, "james",
        [
            Customer(72.0, "Hi, Sophia from Fog City Coffee Bar here. For wholesale order NK-W-0102, can the driver use the back entrance? Sending the pin."),
            CustomerLocation(71.95, 37.7766, -122.4241, "Fog City Coffee Bar", "Back entrance on Hayes St, San Francisco, CA"),
            Agent(71.8, "james", "Got it, Sophia. The back entrance is in the delivery notes and the driver will call 10 minutes before arriving."),
            Customer(71.5, "Thank you!"),
        ]),
    ];

    /// <summary>Every demo conversation, Arabic first. A property, not a field: static fields of a partial class
    /// spread over files have no guaranteed initialisation order.</summary>
    public static IReadOnlyList<DemoConversation> All => [.. Arabic, .. English];
}
