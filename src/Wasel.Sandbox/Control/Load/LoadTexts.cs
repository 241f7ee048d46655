namespace Wasel.Sandbox.Control.Load;

/// <summary>Short messages and names of the kind customers of a Gulf retailer or clinic write, in Arabic and English.</summary>
internal static class LoadTexts
{
    public static readonly string[] Arabic =
    [
        "السلام عليكم", "متى يوصل طلبي؟", "كم السعر؟", "هل عندكم توصيل للرياض؟", "أبغى أحجز موعد بكرة",
        "شكراً لكم 🙏", "وين أقرب فرع؟", "الطلب وصل ناقص", "ممكن رقم الطلب؟", "أبي أغير العنوان",
        "هل المنتج متوفر؟", "تمام، جزاك الله خير", "متى تفتحون اليوم؟", "أرغب بإلغاء الطلب", "عندكم عروض؟",
    ];

    public static readonly string[] English =
    [
        "Hi", "Where is my order?", "How much is it?", "Do you deliver to Jeddah?", "I'd like to book for tomorrow",
        "Thanks!", "Is it in stock?", "Can I change my address?", "What time do you open?", "Please cancel my order",
        "Any offers this week?", "The parcel arrived damaged", "OK 👍", "Can I pay on delivery?", "Talk to a person please",
    ];

    public static readonly string[] ArabicNames = ["نورة", "محمد", "سارة", "عبدالله", "ريم", "خالد", "هيا", "فهد"];

    public static readonly string[] EnglishNames = ["Sarah", "Omar", "Lina", "James", "Aisha", "Daniel", "Maya", "Yousef"];

    public static string For(string language, int index) =>
        language == "ar" ? Arabic[index % Arabic.Length] : English[index % English.Length];

    public static string NameFor(string language, int index) =>
        language == "ar" ? ArabicNames[index % ArabicNames.Length] : EnglishNames[index % EnglishNames.Length];
}
