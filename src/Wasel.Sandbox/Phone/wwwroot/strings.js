// Every string the phone page shows, in English and Arabic. {0} is replaced by a value.
window.PHONE_STRINGS = {
  en: {
    title: 'Sandbox phone', switchLanguage: 'العربية', newCustomer: 'New customer', name: 'Name',
    number: 'Number with country code', language: 'Language', create: 'Create', customers: 'Customers',
    pick: 'Pick a customer, or create one, to chat with the business.', back: 'Back', actions: 'Customer actions',
    conversation: 'Conversation', typeMessage: 'Type a message', send: 'Send', attach: 'Attach an image or file',
    location: 'Send a location', latitude: 'Latitude', longitude: 'Longitude', placeName: 'Place name',
    sendLocation: 'Send location', cancel: 'Cancel', markRead: 'Mark read', block: 'Block', unblock: 'Unblock',
    report: 'Report', stopMarketing: 'Stop marketing', resumeMarketing: 'Resume marketing', blocked: 'blocked',
    marketingStopped: 'marketing stopped', windowOpen: 'window open until {0}', windowClosed: 'window closed',
    status_accepted: 'accepted', status_sent: 'sent', status_delivered: 'delivered', status_read: 'read',
    status_failed: 'failed', status_received: '', noMessages: 'No messages yet.', reaction: 'Reacted {0}',
    reactionRemoved: 'Removed a reaction', unsupported: 'Unsupported message', order: 'Order: {0} items',
    fromAd: 'From an ad: {0}', template: 'Template {0}', flow: 'Form: {0}', replyTo: 'Reply', document: 'Document',
    audio: 'Audio', video: 'Video', sticker: 'Sticker', image: 'Image', copyCode: 'Copy code {0}', copied: 'Copied',
    call: 'Call {0}', actionFailed: 'That did not work: {0}', created: 'Customer created', sentTo: 'Sent',
    contact: 'Contact: {0}', missingFields: 'Fill in the name and number.', emptyList: 'No customers yet.'
  },
  ar: {
    title: 'هاتف التجربة', switchLanguage: 'English', newCustomer: 'عميل جديد', name: 'الاسم',
    number: 'الرقم مع رمز الدولة', language: 'اللغة', create: 'إنشاء', customers: 'العملاء',
    pick: 'اختر عميلاً أو أنشئ عميلاً جديداً لتتحدث مع النشاط التجاري.', back: 'رجوع', actions: 'إجراءات العميل',
    conversation: 'المحادثة', typeMessage: 'اكتب رسالة', send: 'إرسال', attach: 'إرفاق صورة أو ملف',
    location: 'إرسال موقع', latitude: 'خط العرض', longitude: 'خط الطول', placeName: 'اسم المكان',
    sendLocation: 'إرسال الموقع', cancel: 'إلغاء', markRead: 'تعليم كمقروء', block: 'حظر', unblock: 'إلغاء الحظر',
    report: 'إبلاغ', stopMarketing: 'إيقاف التسويق', resumeMarketing: 'استئناف التسويق', blocked: 'محظور',
    marketingStopped: 'التسويق متوقف', windowOpen: 'النافذة مفتوحة حتى {0}', windowClosed: 'النافذة مغلقة',
    status_accepted: 'مقبولة', status_sent: 'أُرسلت', status_delivered: 'وصلت', status_read: 'قُرئت',
    status_failed: 'فشلت', status_received: '', noMessages: 'لا توجد رسائل بعد.', reaction: 'تفاعل {0}',
    reactionRemoved: 'أزال تفاعلاً', unsupported: 'رسالة غير مدعومة', order: 'طلب: {0} منتجات',
    fromAd: 'من إعلان: {0}', template: 'قالب {0}', flow: 'نموذج: {0}', replyTo: 'رد', document: 'مستند',
    audio: 'صوت', video: 'فيديو', sticker: 'ملصق', image: 'صورة', copyCode: 'نسخ الرمز {0}', copied: 'تم النسخ',
    call: 'اتصال {0}', actionFailed: 'لم ينجح ذلك: {0}', created: 'تم إنشاء العميل', sentTo: 'أُرسلت',
    contact: 'جهة اتصال: {0}', missingFields: 'أدخل الاسم والرقم.', emptyList: 'لا يوجد عملاء بعد.'
  }
};
