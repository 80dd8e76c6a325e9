using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KnowledgeGraph.Reading;

/// <summary>
/// The visible text of an HTML page: scripts, styles and other invisible elements dropped, block
/// elements on lines of their own, table cells joined by " | " (as scraped pages show them).
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "svg", "iframe", "object", "canvas",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "table", "tr", "ul", "title", "center", "body",
    };

    /// <summary>Whether <paramref name="text"/> looks like an HTML document (for files without an .html name).</summary>
    public static bool LooksLikeHtml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal) && head.Contains("<body", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Extracts the page's title and its visible text.</summary>
    public static (string? Title, string Text) Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var sb = new StringBuilder(html.Length / 2);
        if (document.Body is { } body)
        {
            Append(body, sb);
        }

        var title = string.IsNullOrWhiteSpace(document.Title) ? null : document.Title.Trim();
        return (title, TidyLines(sb.ToString()));
    }

    private static void Append(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sb.Append(text.Data);
                    break;
                case IElement element when Invisible.Contains(element.LocalName):
                    break;
                case IElement { LocalName: "br" }:
                    sb.Append('\n');
                    break;
                case IElement { LocalName: "td" or "th" } cell:
                    Append(cell, sb);
                    sb.Append(" | ");
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    sb.Append('\n');
                    Append(element, sb);
                    sb.Append('\n');
                    break;
                case IElement element:
                    Append(element, sb);
                    break;
            }
        }
    }

    // Collapse runs of spaces inside lines and blank lines between them, keeping full-width spaces.
    private static string TidyLines(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var raw in text.Replace("\u00A0", " ", StringComparison.Ordinal).Split('\n'))
        {
            var line = string.Join(' ', raw.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
            if (line.Length > 0)
            {
                sb.Append(line).Append('\n');
            }
        }

        return sb.ToString();
    }
}
