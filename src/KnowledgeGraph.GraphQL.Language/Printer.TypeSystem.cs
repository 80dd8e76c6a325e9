namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Printing of type system definitions and extensions.</summary>
public static partial class Printer
{
    private static string PrintTypeSystem(Node node) => node switch
    {
        SchemaDefinitionNode n => Description(n.Description)
            + JoinParts(" ", "schema", Join(n.Directives, " "), Block(n.OperationTypes)),
        OperationTypeDefinitionNode n => OperationName(n.Operation) + ": " + P(n.Type),
        ScalarTypeDefinitionNode n => Description(n.Description)
            + JoinParts(" ", "scalar", P(n.Name), Join(n.Directives, " ")),
        ObjectTypeDefinitionNode n => Description(n.Description)
            + JoinParts(" ", "type", P(n.Name), Implements(n.Interfaces), Join(n.Directives, " "), Block(n.Fields)),
        FieldDefinitionNode n => Description(n.Description) + P(n.Name) + ArgumentDefinitions(n.Arguments)
            + ": " + P(n.Type) + Wrap(" ", Join(n.Directives, " ")),
        InputValueDefinitionNode n => Description(n.Description)
            + JoinParts(" ", P(n.Name) + ": " + P(n.Type), Wrap("= ", Opt(n.DefaultValue)), Join(n.Directives, " ")),
        InterfaceTypeDefinitionNode n => Description(n.Description)
            + JoinParts(" ", "interface", P(n.Name), Implements(n.Interfaces), Join(n.Directives, " "), Block(n.Fields)),
        UnionTypeDefinitionNode n => Description(n.Description)
            + JoinParts(" ", "union", P(n.Name), Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | "))),
        EnumTypeDefinitionNode n => Description(n.Description)
            + JoinParts(" ", "enum", P(n.Name), Join(n.Directives, " "), Block(n.Values)),
        EnumValueDefinitionNode n => Description(n.Description) + JoinParts(" ", P(n.Name), Join(n.Directives, " ")),
        InputObjectTypeDefinitionNode n => Description(n.Description)
            + JoinParts(" ", "input", P(n.Name), Join(n.Directives, " "), Block(n.Fields)),
        DirectiveDefinitionNode n => Description(n.Description) + "directive @" + P(n.Name)
            + ArgumentDefinitions(n.Arguments) + (n.Repeatable ? " repeatable" : string.Empty)
            + " on " + Join(n.Locations, " | "),
        SchemaExtensionNode n => JoinParts(" ", "extend schema", Join(n.Directives, " "), Block(n.OperationTypes)),
        ScalarTypeExtensionNode n => JoinParts(" ", "extend scalar", P(n.Name), Join(n.Directives, " ")),
        ObjectTypeExtensionNode n => JoinParts(
            " ", "extend type", P(n.Name), Implements(n.Interfaces), Join(n.Directives, " "), Block(n.Fields)),
        InterfaceTypeExtensionNode n => JoinParts(
            " ", "extend interface", P(n.Name), Implements(n.Interfaces), Join(n.Directives, " "), Block(n.Fields)),
        UnionTypeExtensionNode n => JoinParts(
            " ", "extend union", P(n.Name), Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | "))),
        EnumTypeExtensionNode n => JoinParts(" ", "extend enum", P(n.Name), Join(n.Directives, " "), Block(n.Values)),
        InputObjectTypeExtensionNode n => JoinParts(
            " ", "extend input", P(n.Name), Join(n.Directives, " "), Block(n.Fields)),
        _ => throw new ArgumentException($"Invalid AST Node: {node.GetType().Name}.", nameof(node)),
    };

    private static string Description(StringValueNode? description) => Wrap(string.Empty, Opt(description), "\n");

    private static string Implements(IReadOnlyList<NamedTypeNode> interfaces) =>
        Wrap("implements ", Join(interfaces, " & "));

    /// <summary>Argument definitions go one per line as soon as any of them spans lines (e.g. has a block description).</summary>
    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = PrintAll(arguments);
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }
}
