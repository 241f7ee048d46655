using System.Text.RegularExpressions;

namespace Wasel.Sandbox.Graph;

/// <summary>A Graph API version segment such as v23.0; kept as its own constraint so that slim hosts without regex routing work.</summary>
internal sealed partial class GraphVersionConstraint : IRouteConstraint
{
    public const string Name = "graphversion";

    [GeneratedRegex(@"^v\d+\.\d+$")]
    private static partial Regex Version();

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string text && Version().IsMatch(text);
}
