using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Graph;

/// <summary>
/// Bearer token, Graph's own "OAuth" scheme (the Resumable Upload data POST uses it) or ?access_token= must be
/// Sandbox:AccessToken; otherwise 401 with code 190.
/// </summary>
internal sealed class GraphAuthFilter(SandboxState state) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var header = request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim()
            : header.StartsWith("OAuth ", StringComparison.OrdinalIgnoreCase) ? header["OAuth ".Length..].Trim()
            : request.Query["access_token"].ToString();
        if (token.Length == 0)
            return new GraphError(190, "An active access token must be used to query information about the current user.", null, 401).ToResult();
        if (token != state.Settings.AccessToken)
            return new GraphError(190, "Invalid OAuth access token - Cannot parse access token", null, 401).ToResult();
        return await next(context);
    }
}
