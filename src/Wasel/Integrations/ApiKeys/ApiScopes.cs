namespace Wasel.Integrations.ApiKeys;

/// <summary>What an API key may do. Each scope is also the name of the authorization policy that requires it.</summary>
public static class ApiScopes
{
    public const string MessagesSend = "messages:send";
    public const string ConversationsRead = "conversations:read";
    public const string ContactsRead = "contacts:read";
    public const string ContactsWrite = "contacts:write";
    public const string ApiKeysManage = "api-keys:manage";

    public static IReadOnlyList<string> All { get; } = [MessagesSend, ConversationsRead, ContactsRead, ContactsWrite, ApiKeysManage];

    public const string ClaimType = "scope";
}
