using System.Globalization;

namespace Wasel.Sandbox.Tests.Graph;

/// <summary>Fills &lt;&lt;0&gt;&gt;, &lt;&lt;1&gt;&gt;… in a JSON text, which keeps request bodies readable without brace escaping.</summary>
public static class JsonText
{
    public static string Fill(string json, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
            json = json.Replace($"<<{i}>>", Convert.ToString(values[i], CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return json;
    }
}
