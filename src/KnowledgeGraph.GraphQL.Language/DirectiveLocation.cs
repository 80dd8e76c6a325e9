namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// The directive locations of the specification (graphql-js <c>DirectiveLocation</c>). Spec names
/// such as <c>FRAGMENT_DEFINITION</c> convert with <see cref="DirectiveLocations"/>.
/// </summary>
public enum DirectiveLocation
{
    // Executable directive locations.
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,

    // Type system directive locations.
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,

    // graphql-js 16.12+ (directive deprecation): directives on directive definitions.
    DirectiveDefinition,
}

/// <summary>Conversions between <see cref="DirectiveLocation"/> and the spec's location names.</summary>
public static class DirectiveLocations
{
    /// <summary>The spec name of a location, e.g. <c>FRAGMENT_DEFINITION</c>.</summary>
    public static string ToSpecName(this DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "QUERY",
        DirectiveLocation.Mutation => "MUTATION",
        DirectiveLocation.Subscription => "SUBSCRIPTION",
        DirectiveLocation.Field => "FIELD",
        DirectiveLocation.FragmentDefinition => "FRAGMENT_DEFINITION",
        DirectiveLocation.FragmentSpread => "FRAGMENT_SPREAD",
        DirectiveLocation.InlineFragment => "INLINE_FRAGMENT",
        DirectiveLocation.VariableDefinition => "VARIABLE_DEFINITION",
        DirectiveLocation.Schema => "SCHEMA",
        DirectiveLocation.Scalar => "SCALAR",
        DirectiveLocation.Object => "OBJECT",
        DirectiveLocation.FieldDefinition => "FIELD_DEFINITION",
        DirectiveLocation.ArgumentDefinition => "ARGUMENT_DEFINITION",
        DirectiveLocation.Interface => "INTERFACE",
        DirectiveLocation.Union => "UNION",
        DirectiveLocation.Enum => "ENUM",
        DirectiveLocation.EnumValue => "ENUM_VALUE",
        DirectiveLocation.InputObject => "INPUT_OBJECT",
        DirectiveLocation.InputFieldDefinition => "INPUT_FIELD_DEFINITION",
        DirectiveLocation.DirectiveDefinition => "DIRECTIVE_DEFINITION",
        _ => throw new ArgumentOutOfRangeException(nameof(location), location, "Unknown directive location."),
    };

    /// <summary>Reads a spec location name (case-sensitive), e.g. <c>INPUT_OBJECT</c>.</summary>
    public static bool TryParse(string name, out DirectiveLocation location)
    {
        ArgumentNullException.ThrowIfNull(name);
        DirectiveLocation? found = name switch
        {
            "QUERY" => DirectiveLocation.Query,
            "MUTATION" => DirectiveLocation.Mutation,
            "SUBSCRIPTION" => DirectiveLocation.Subscription,
            "FIELD" => DirectiveLocation.Field,
            "FRAGMENT_DEFINITION" => DirectiveLocation.FragmentDefinition,
            "FRAGMENT_SPREAD" => DirectiveLocation.FragmentSpread,
            "INLINE_FRAGMENT" => DirectiveLocation.InlineFragment,
            "VARIABLE_DEFINITION" => DirectiveLocation.VariableDefinition,
            "SCHEMA" => DirectiveLocation.Schema,
            "SCALAR" => DirectiveLocation.Scalar,
            "OBJECT" => DirectiveLocation.Object,
            "FIELD_DEFINITION" => DirectiveLocation.FieldDefinition,
            "ARGUMENT_DEFINITION" => DirectiveLocation.ArgumentDefinition,
            "INTERFACE" => DirectiveLocation.Interface,
            "UNION" => DirectiveLocation.Union,
            "ENUM" => DirectiveLocation.Enum,
            "ENUM_VALUE" => DirectiveLocation.EnumValue,
            "INPUT_OBJECT" => DirectiveLocation.InputObject,
            "INPUT_FIELD_DEFINITION" => DirectiveLocation.InputFieldDefinition,
            "DIRECTIVE_DEFINITION" => DirectiveLocation.DirectiveDefinition,
            _ => null,
        };
        location = found.GetValueOrDefault();
        return found.HasValue;
    }
}
