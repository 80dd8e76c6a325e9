using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>A directive definition (spec §3.13).</summary>
public sealed class DirectiveDefinition(string name, string? description, IReadOnlyList<DirectiveLocation> locations, bool isRepeatable = false)
{
    private readonly List<InputValue> arguments = [];

    public string Name { get; } = name;

    public string? Description { get; internal set; } = description;

    public IReadOnlyList<DirectiveLocation> Locations { get; } = locations;

    public bool IsRepeatable { get; } = isRepeatable;

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<InputValue> Arguments => arguments;

    public DirectiveDefinitionNode? AstNode { get; internal set; }

    public InputValue? Argument(string argName) => arguments.FirstOrDefault(a => a.Name == argName);

    internal DirectiveDefinition With(params InputValue[] args)
    {
        arguments.AddRange(args);
        return this;
    }

    internal void AddArgument(InputValue argument) => arguments.Add(argument);
}

/// <summary>The directives every schema has: @include, @skip, @deprecated, @specifiedBy, @oneOf.</summary>
public static class SpecifiedDirectives
{
    public const string DefaultDeprecationReason = "No longer supported";

    public static DirectiveDefinition Include { get; } = new DirectiveDefinition(
        "include", "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment])
        .With(new InputValue("if", new NonNullType(SpecifiedScalars.Boolean), "Included when true."));

    public static DirectiveDefinition Skip { get; } = new DirectiveDefinition(
        "skip", "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment])
        .With(new InputValue("if", new NonNullType(SpecifiedScalars.Boolean), "Skipped when true."));

    public static DirectiveDefinition Deprecated { get; } = new DirectiveDefinition(
        "deprecated", "Marks an element of a GraphQL schema as no longer supported.",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue, DirectiveLocation.DirectiveDefinition])
        .With(new InputValue("reason", SpecifiedScalars.String, "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).")
        {
            DefaultValue = new StringValueNode { Value = DefaultDeprecationReason, Block = false },
        });

    public static DirectiveDefinition SpecifiedBy { get; } = new DirectiveDefinition(
        "specifiedBy", "Exposes a URL that specifies the behavior of this scalar.", [DirectiveLocation.Scalar])
        .With(new InputValue("url", new NonNullType(SpecifiedScalars.String), "The URL that specifies the behavior of this scalar."));

    public static DirectiveDefinition OneOf { get; } = new(
        "oneOf", "Indicates exactly one field must be supplied and this field must not be `null`.", [DirectiveLocation.InputObject]);

    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsSpecified(DirectiveDefinition directive) => All.Any(d => d.Name == directive?.Name);
}
