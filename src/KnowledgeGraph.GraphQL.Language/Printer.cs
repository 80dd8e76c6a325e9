using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Prints AST nodes as GraphQL text, exactly as graphql-js 16's <c>print()</c> does (same spacing,
/// 80-column argument wrapping, block string rules and <c>query</c> shorthand).
/// </summary>
public static partial class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints any node (graphql-js <c>print</c>).</summary>
    public static string Print(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return P(node);
    }

    /// <summary>
    /// Prints a string as a GraphQL StringValue literal (graphql-js <c>printString</c>): control
    /// characters, <c>"</c>, <c>\</c> and U+007F–U+009F are escaped, everything else is kept.
    /// </summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var first = IndexOfEscaped(value, 0);
        if (first < 0)
        {
            return "\"" + value + "\"";
        }

        var result = new StringBuilder(value.Length + 8).Append('"').Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\b':
                    result.Append("\\b");
                    break;
                case '\t':
                    result.Append("\\t");
                    break;
                case '\n':
                    result.Append("\\n");
                    break;
                case '\f':
                    result.Append("\\f");
                    break;
                case '\r':
                    result.Append("\\r");
                    break;
                case '"':
                    result.Append("\\\"");
                    break;
                case '\\':
                    result.Append("\\\\");
                    break;
                case < '\u0020' or (>= '\u007F' and <= '\u009F'):
                    result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.Append('"').ToString();
    }

    private static int IndexOfEscaped(string value, int start)
    {
        for (var i = start; i < value.Length; i++)
        {
            var c = value[i];
            if (c < '\u0020' || c == '"' || c == '\\' || c is >= '\u007F' and <= '\u009F')
            {
                return i;
            }
        }

        return -1;
    }

    private static string P(Node node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return node switch
        {
            NameNode n => n.Value,
            VariableNode n => "$" + P(n.Name),
            DocumentNode n => Join(n.Definitions, "\n\n"),
            OperationDefinitionNode n => PrintOperationDefinition(n),
            VariableDefinitionNode n => Wrap(string.Empty, Opt(n.Description), "\n") + P(n.Variable) + ": " + P(n.Type)
                + Wrap(" = ", Opt(n.DefaultValue)) + Wrap(" ", Join(n.Directives, " ")),
            SelectionSetNode n => Block(n.Selections),
            FieldNode n => PrintField(n),
            ArgumentNode n => P(n.Name) + ": " + P(n.Value),
            FragmentSpreadNode n => "..." + P(n.Name) + Wrap(" ", Join(n.Directives, " ")),
            InlineFragmentNode n => JoinParts(
                " ", "...", Wrap("on ", Opt(n.TypeCondition)), Join(n.Directives, " "), P(n.SelectionSet)),
            FragmentDefinitionNode n => Wrap(string.Empty, Opt(n.Description), "\n")
                + "fragment " + P(n.Name) + Wrap("(", Join(n.VariableDefinitions, ", "), ")") + " "
                + "on " + P(n.TypeCondition) + " " + Wrap(string.Empty, Join(n.Directives, " "), " ")
                + P(n.SelectionSet),
            IntValueNode n => n.Value,
            FloatValueNode n => n.Value,
            StringValueNode n => n.Block ? BlockString.Print(n.Value) : PrintString(n.Value),
            BooleanValueNode n => n.Value ? "true" : "false",
            NullValueNode => "null",
            EnumValueNode n => n.Value,
            ListValueNode n => "[" + Join(n.Values, ", ") + "]",
            ObjectValueNode n => "{" + Join(n.Fields, ", ") + "}",
            ObjectFieldNode n => P(n.Name) + ": " + P(n.Value),
            DirectiveNode n => "@" + P(n.Name) + Wrap("(", Join(n.Arguments, ", "), ")"),
            NamedTypeNode n => P(n.Name),
            ListTypeNode n => "[" + P(n.Type) + "]",
            NonNullTypeNode n => P(n.Type) + "!",
            _ => PrintTypeSystem(node),
        };
    }

    private static string PrintOperationDefinition(OperationDefinitionNode node)
    {
        var variableDefinitions = PrintAll(node.VariableDefinitions);
        var varDefs = HasMultilineItems(variableDefinitions)
            ? Wrap("(\n", Join(variableDefinitions, "\n"), "\n)")
            : Wrap("(", Join(variableDefinitions, ", "), ")");
        var prefix = Wrap(string.Empty, Opt(node.Description), "\n")
            + JoinParts(
                " ",
                OperationName(node.Operation),
                JoinParts(string.Empty, Opt(node.Name), varDefs),
                Join(node.Directives, " "));

        // Anonymous queries with no directives or variable definitions can use the query short form.
        return (prefix == "query" ? string.Empty : prefix + " ") + P(node.SelectionSet);
    }

    private static string PrintField(FieldNode node)
    {
        var prefix = Wrap(string.Empty, Opt(node.Alias), ": ") + P(node.Name);
        var arguments = PrintAll(node.Arguments);
        var argsLine = prefix + Wrap("(", Join(arguments, ", "), ")");
        if (argsLine.Length > MaxLineLength)
        {
            argsLine = prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)");
        }

        return JoinParts(" ", argsLine, Join(node.Directives, " "), Opt(node.SelectionSet));
    }

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation type."),
    };

    // The helpers below mirror graphql-js printer's join/wrap/block/indent: empty pieces vanish.

    private static string? Opt(Node? node) => node is null ? null : P(node);

    private static string[] PrintAll<T>(IReadOnlyList<T> nodes)
        where T : Node
    {
        if (nodes.Count == 0)
        {
            return [];
        }

        var printed = new string[nodes.Count];
        for (var i = 0; i < printed.Length; i++)
        {
            printed[i] = P(nodes[i]);
        }

        return printed;
    }

    private static string Join<T>(IReadOnlyList<T> nodes, string separator)
        where T : Node => Join(PrintAll(nodes), separator);

    private static string Join(string[] parts, string separator)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (string.IsNullOrEmpty(part))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    private static string JoinParts(string separator, params string?[] parts) => Join(parts!, separator);

    private static string Block<T>(IReadOnlyList<T> nodes)
        where T : Node => Wrap("{\n", Indent(Join(nodes, "\n")), "\n}");

    private static string Wrap(string start, string? maybeString, string end = "") =>
        string.IsNullOrEmpty(maybeString) ? string.Empty : start + maybeString + end;

    private static string Indent(string text) => Wrap("  ", text.Replace("\n", "\n  ", StringComparison.Ordinal));

    private static bool HasMultilineItems(string[] items)
    {
        foreach (var item in items)
        {
            if (item.Contains('\n', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
