using Wasel.Conversations;
using static Wasel.Demo.Say;

namespace Wasel.Demo;

public static partial class DemoConversations
{
    private static readonly DemoConversation[] Arabic =
    [
        new("966503124477", ConversationStatus.Resolved, "sara",
        [
            Template(120.0, "api:store", "order_shipped", "ar", "utility", DeliveryState.Read, "عبدالله", "NK-10482", "أرامكس"),
            CustomerTapsTemplate(119.5, "تتبع الشحنة", "تتبع الشحنة"),
            Agent(119.4, "sara", "أهلاً أستاذ عبدالله 🌴 رقم التتبع 3345881209، والتوصيل المتوقع بكرة قبل الساعة ٦ مساءً."),
            Customer(119.0, "تمام، شكراً لكم"),
        ]),
        new("966503124477", ConversationStatus.Open, "sara",
        [
            Customer(2.5, "السلام عليكم، عندكم بوكسات هدايا للعيد؟"),
            Agent(2.45, "sara", "وعليكم السلام أستاذ عبدالله، أكيد! عندنا البوكس الصغير (٢٥ حبة) والكبير (٥٠ حبة) مع قهوة مختصة. تبي أرسل لك الصور؟"),
            CustomerPhoto(2.3, "أبغى زي هذا بس أكبر، ويكون فيه سكري مفتل وخلاص", DemoPhotos.DatesTrayId),
            Agent(2.2, "sara", "موجود بحجم ٧٥ حبة بسعر ٢٨٥ ريال وبنفس التغليف. كم بوكس تحتاج؟", DeliveryState.Delivered),
        ]),
        new("966558702231", ConversationStatus.Open, null,
        [
            CustomerFromAd(2.9, "السلام عليكم، شفت إعلانكم عن تمر السكري، كم سعر الكيلو؟", "120210000000004417", "سكري القصيم الفاخر — توصيل مجاني"),
            Buttons(2.89, "bot", "أهلاً نورة! كيلو السكري الفاخر بـ ٦٥ ريال، والتوصيل مجاني داخل جدة للطلبات فوق ٢٠٠ ريال. وش تحبين تسوين؟",
                ("order_now", "اطلب الآن"), ("gift_boxes", "صناديق الهدايا"), ("talk_to_agent", "كلّم موظف")),
            CustomerTaps(2.85, "talk_to_agent", "كلّم موظف"),
            Agent(2.84, "bot", "أبشري، حوّلتك لأحد زملائنا وبيرد عليك خلال دقائق."),
            Customer(2.7, "طيب ابي ٣ كيلو، فيه خصم؟ وكم ياخذ التوصيل"),
        ]),
        new("966541187730", ConversationStatus.Pending, "omar",
        [
            Customer(31.0, "مساء الخير، نحتاج عرض سعر لـ ٢٠٠ كيلو تمر خلاص و٥٠ كيلو قهوة عربية للمطاعم"),
            Agent(30.5, "omar", "مساء النور أستاذ فهد، أرسلت لك عرض السعر على البريد المسجل عندنا. الأسعار سارية لمدة أسبوع."),
            Customer(30.2, "وصل، بشوف مع الإدارة وأرد عليك"),
            Agent(30.1, "omar", "على راحتك، نحن بالخدمة 🌷"),
        ]),
        new("201004738215", ConversationStatus.Open, null,
        [
            Customer(0.4, "salam, 3ayez a7gez tarabeeza l 4 ashkhas yom el gom3a el sa3a 8 bel leil f far3 el ma3adi"),
            Buttons(0.39, "bot", "أهلاً بيك! حجز في فرع المعادي يوم الجمعة الساعة ٨ مساءً لـ ٤ أشخاص، صح كده؟",
                ("confirm_booking", "أيوه، أكّد"), ("change_booking", "عايز أغيّر")),
            CustomerTaps(0.35, "change_booking", "عايز أغيّر"),
            Customer(0.33, "momken n5aleeha el sa3a 9 badal 8? w law fe makan bara yb2a a7san"),
        ]),
        new("201127651904", ConversationStatus.Resolved, "omar",
        [
            CustomerFromAd(20.0, "مساء الخير، فين أقرب فرع ليكم؟ أنا في سموحة", "120210000000005120", "قهوة نخلة وصلت إسكندرية ☕"),
            Agent(19.9, "omar", "مساء النور يا مريم! ممكن تبعتيلي موقعك وأقولك أقرب فرع؟"),
            CustomerLocation(19.8, 31.2109, 29.9492),
            Agent(19.7, "omar", "أقرب فرع ليكي فرع سموحة في شارع فوزي معاذ، مفتوح من ٨ الصبح لحد ١٢ بالليل."),
            Customer(19.5, "تمام شكراً جداً 🙏"),
        ]),
        new("201551239876", ConversationStatus.Pending, "sara",
        [
            Customer(40.0, "ezayak, el order bta3i NK-10377 fein? ba2alo 5 ayam mawsalsh"),
            Agent(39.9, "sara", "أهلاً يا يوسف، آسفين على التأخير! بنراجع مع شركة الشحن ونرجعلك."),
            Customer(39.5, "ok bas bsor3a law sama7t"),
            AgentTooLate(15.0, "sara", "يا يوسف، الطلب خرج للتوصيل النهارده وهيوصلك قبل الساعة ٥."),
            Template(14.9, "sara", "order_update", "ar", "utility", DeliveryState.Delivered, "يوسف", "NK-10377", "خرج للتوصيل"),
        ]) { Note = "الرد الحر رُفض لأن نافذة ٢٤ ساعة انتهت؛ أرسلنا قالب تحديث الطلب بدلاً منه." },
        new("971502648831", ConversationStatus.Resolved, "omar",
        [
            Template(146.0, "api:store", "order_shipped", "ar", "utility", DeliveryState.Read, "خالد", "NK-10455", "سمسا"),
            Customer(140.0, "وصلت، مشكورين والتمر ممتاز 👌"),
            Agent(139.8, "omar", "بالعافية عليك أستاذ خالد، يسعدنا دائماً 🌴"),
        ]),
        new("971502648831", ConversationStatus.Snoozed, "omar",
        [
            Customer(5.0, "مساء الخير، أبي أطلب ٦٠ علبة هدايا للشركة قبل العيد، تقدرون؟"),
            Agent(4.8, "omar", "مساء النور أستاذ خالد، أكيد نقدر. نجهز لك عرض سعر مع خيارات الطباعة بشعار الشركة ونرسله لك بكرة الصبح إن شاء الله."),
            Customer(4.7, "زين، بانتظاركم"),
        ]) { SnoozeFor = TimeSpan.FromHours(14), Note = "عميل VIP: خصم ١٠٪ للطلبات فوق ٥٠ علبة، وأي خصم أكبر يحتاج موافقة المدير." },
        new("971556540327", ConversationStatus.Resolved, null,
        [
            Template(74.0, "api:campaigns", "ramadan_offer", "ar", "marketing", DeliveryState.Read, "فاطمة", "٢٠٪"),
            Customer(73.5, "إيقاف"),
            Agent(73.49, "bot", "تم إيقاف الرسائل الترويجية، وستصلك فقط الرسائل المتعلقة بطلباتك. للعودة أرسلي «اشتراك»."),
        ]),
    ];
}
