using Wasel.Contacts;

namespace Wasel.Demo;

/// <summary>
/// The demo brand's customers: Nakhla, a dates-and-coffee roastery with cafés in Riyadh, Jeddah, Dubai and Cairo
/// that also ships abroad. US numbers are from the 555-01xx range kept for fiction;
/// the UK has such a range too, but phone-number validation rejects it.
/// </summary>
public static class DemoContacts
{
    public static readonly DemoContact[] All =
    [
        new("966503124477", "عبدالله القحطاني", "ar", "organic", ConsentState.OptedIn, "website", ["vip"],
            new() { ["city"] = "الرياض", ["last_order"] = "NK-10482" }, 24 * 40),
        new("966558702231", "نورة الشمري", "ar", "ad:120210000000004417", ConsentState.Unknown, null, ["new"],
            new() { ["city"] = "جدة" }, 3),
        new("966541187730", "فهد العتيبي", "ar", "wa.me:website-wholesale-page", ConsentState.OptedIn, "wa.me link", ["wholesale"],
            new() { ["city"] = "الدمام", ["last_order"] = "NK-W-0091", ["company"] = "مؤسسة العتيبي للتموين" }, 24 * 21),
        new("201004738215", "Mohamed Abdelrahman", "ar", "organic", ConsentState.Unknown, null, [],
            new() { ["city"] = "القاهرة" }, 24 * 9),
        new("201127651904", "مريم عادل", "ar", "ad:120210000000005120", ConsentState.OptedIn, "ad", ["new"],
            new() { ["city"] = "الإسكندرية" }, 30),
        new("201551239876", "Youssef Samir", "ar", "organic", ConsentState.OptedIn, "app", [],
            new() { ["city"] = "الجيزة", ["last_order"] = "NK-10377" }, 24 * 14),
        new("971502648831", "خالد المنصوري", "ar", "wa.me:instagram-bio", ConsentState.OptedIn, "website", ["vip", "wholesale"],
            new() { ["city"] = "دبي", ["last_order"] = "NK-10455", ["company"] = "المنصوري القابضة" }, 24 * 60),
        new("971556540327", "فاطمة الهاشمي", "ar", "organic", ConsentState.OptedOut, "keyword", [],
            new() { ["city"] = "أبوظبي", ["last_order"] = "NK-10210" }, 24 * 35) { ConsentHoursAgo = 73.5 },
        new("447418503926", "Oliver Bennett", "en", "organic", ConsentState.OptedIn, "website", ["vip"],
            new() { ["city"] = "London", ["last_order"] = "NK-10466" }, 24 * 50),
        new("447723604158", "Amelia Hughes", "en", "ad:120210000000006034", ConsentState.Unknown, null, ["new"],
            new() { ["city"] = "Manchester" }, 2),
        new("12025550143", "Daniel Carter", "en", "wa.me:newsletter", ConsentState.OptedIn, "e-mail", [],
            new() { ["city"] = "Washington", ["last_order"] = "NK-10398" }, 24 * 12),
        new("14155550172", "Sophia Martinez", "en", "organic", ConsentState.OptedIn, "website", ["wholesale"],
            new() { ["city"] = "San Francisco", ["last_order"] = "NK-W-0102", ["company"] = "Fog City Coffee Bar" }, 24 * 25),
    ];
}
