using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace KnowledgeGraph.GraphQL.AspNetCore.GraphiQL;

/// <summary>
/// The GraphiQL IDE page: our own HTML that loads GraphiQL 3 and React 18 (browser bundles pinned by
/// this project's package-lock.json and embedded at build time as <c>graphiql/&lt;file&gt;</c>) from
/// the application itself, never from a CDN.
/// </summary>
public static class GraphiQLPage
{
    private const string ResourcePrefix = "graphiql/";

    /// <summary>The embedded asset files, in the order the page loads them.</summary>
    public static IReadOnlyList<string> AssetNames { get; } =
    [
        "graphiql.min.css",
        "react.production.min.js",
        "react-dom.production.min.js",
        "graphiql.min.js",
    ];

    private static readonly Lazy<FrozenDictionary<string, Asset>> Assets = new(LoadAssets);

    // Escapes what HTML needs escaped but leaves Chinese (and other) text readable.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// The HTML page. <paramref name="endpointPath"/> is the GraphQL endpoint the page POSTs JSON to
    /// (a path such as <c>/graphql</c> or an absolute URL); <paramref name="assetsPath"/> is where
    /// <see cref="GraphiQLEndpoints.MapGraphiQLAssets"/> serves the assets (such as <c>/graphiql</c>).
    /// Asset URLs carry a content hash (<c>?v=…</c>), so they can be cached for a long time.
    /// </summary>
    /// <remarks>
    /// <paramref name="defaultQuery"/>, when given, is the query a first-time visitor finds in the editor (instead of
    /// GraphiQL's welcome text), and the documentation explorer opens beside it.
    /// </remarks>
    public static string Html(string endpointPath, string assetsPath, string? title = null, string? defaultQuery = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointPath);
        ArgumentNullException.ThrowIfNull(assetsPath);

        var assets = assetsPath.TrimEnd('/');
        string AssetUrl(string name) =>
            Encoder.Encode($"{assets}/{name}?v={Assets.Value[name].Version}");

        var html = new StringBuilder(2048);
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <link rel="icon" href="data:,">
            <title>
            """);
        html.Append(Encoder.Encode(string.IsNullOrWhiteSpace(title) ? "GraphiQL" : title));
        html.Append("</title>\n");
        html.Append(CultureInfo.InvariantCulture, $"<link rel=\"stylesheet\" href=\"{AssetUrl("graphiql.min.css")}\">\n");
        html.Append("""
            <style>
              html, body { height: 100%; margin: 0; overflow: hidden; }
              #graphiql { height: 100vh; }
              #graphiql > .loading { font-family: system-ui, sans-serif; padding: 2rem; color: #555; }
            </style>
            </head>
            <body>
            <div id="graphiql"><div class="loading">Loading GraphiQL…</div></div>

            """);
        foreach (var script in new[] { "react.production.min.js", "react-dom.production.min.js", "graphiql.min.js" })
        {
            html.Append(CultureInfo.InvariantCulture, $"<script src=\"{AssetUrl(script)}\"></script>\n");
        }

        // JsonSerializer's default encoder escapes <, >, &, ' and non-ASCII, so the string literal is
        // safe inside <script>.
        html.Append("<script>\n(function () {\n  var endpoint = ");
        html.Append(JsonSerializer.Serialize(endpointPath));
        html.Append(";\n  var defaultQuery = ");
        html.Append(JsonSerializer.Serialize(defaultQuery));
        html.Append("""
            ;
              var url = new URL(endpoint, window.location.href).href;
              var fetcher = GraphiQL.createFetcher({ url: url });
              var props = { fetcher: fetcher, defaultEditorToolsVisibility: true };
              if (defaultQuery !== null) {
                props.defaultQuery = defaultQuery;
                props.visiblePlugin = 'Documentation Explorer';
              }
              var root = ReactDOM.createRoot(document.getElementById('graphiql'));
              root.render(React.createElement(GraphiQL, props));
            })();
            </script>
            </body>
            </html>

            """);
        return html.ToString();
    }

    /// <summary>
    /// An embedded asset by file name (<c>graphiql.min.js</c>, <c>graphiql.min.css</c>,
    /// <c>react.production.min.js</c>, <c>react-dom.production.min.js</c>), read once and kept in memory.
    /// </summary>
    public static bool TryGetAsset(string name, out ReadOnlyMemory<byte> content, out string contentType)
    {
        if (name is not null && Assets.Value.TryGetValue(name, out var asset))
        {
            content = asset.Content;
            contentType = asset.ContentType;
            return true;
        }

        content = ReadOnlyMemory<byte>.Empty;
        contentType = string.Empty;
        return false;
    }

    /// <summary>A strong validator for the asset (quoted, as an HTTP ETag), or null for an unknown name.</summary>
    internal static string? ETag(string name) =>
        Assets.Value.TryGetValue(name, out var asset) ? $"\"{asset.Version}\"" : null;

    private static FrozenDictionary<string, Asset> LoadAssets()
    {
        var assembly = typeof(GraphiQLPage).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[ResourcePrefix.Length..];
            var content = Read(assembly, resource);
            var version = Convert.ToHexStringLower(SHA256.HashData(content), 0, 8);
            assets[name] = new Asset(content, ContentTypeOf(name), version);
        }

        foreach (var name in AssetNames)
        {
            if (!assets.ContainsKey(name))
            {
                throw new InvalidOperationException(
                    $"The embedded GraphiQL asset '{ResourcePrefix}{name}' is missing from {assembly.GetName().Name}; the build's npm step did not run.");
            }
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource '{resource}' cannot be opened.");
        using var buffer = new MemoryStream(checked((int)stream.Length));
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".map" or ".json" => "application/json; charset=utf-8",
        _ => "application/octet-stream",
    };

    private sealed record Asset(byte[] Content, string ContentType, string Version);
}
