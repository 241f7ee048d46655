namespace Wasel.Sandbox.Phone;

internal static class PhoneFeature
{
    public static RouteGroupBuilder MapPhone(this IEndpointRouteBuilder app, string prefix) => app.MapGroup(prefix);
}
