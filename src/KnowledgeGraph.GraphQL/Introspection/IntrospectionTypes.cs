using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Introspection;

/// <summary>
/// The introspection system (spec §4): the __Schema, __Type, __Field, __InputValue, __EnumValue and
/// __Directive types with their resolvers over the type system objects, and the meta-fields __schema,
/// __type and __typename.
/// </summary>
public static class IntrospectionTypes
{
    private static readonly Dictionary<string, NamedType> Types = Build();

    public static ObjectType Schema => (ObjectType)Types["__Schema"];

    public static ObjectType Type => (ObjectType)Types["__Type"];

    /// <summary>__schema: __Schema! on the query type.</summary>
    public static FieldDefinition SchemaMetaField { get; } = new("__schema", new NonNullType(Types["__Schema"]), "Access the current type schema of this server.")
    {
        Resolver = Sync(c => c.Schema),
    };

    /// <summary>__type(name: String!): __Type on the query type.</summary>
    public static FieldDefinition TypeMetaField { get; } = CreateTypeMetaField();

    /// <summary>__typename: String! on every object type.</summary>
    public static FieldDefinition TypeNameMetaField { get; } = new("__typename", new NonNullType(SpecifiedScalars.String), "The name of the current Object type at runtime.")
    {
        Resolver = Sync(c => c.ParentType.Name),
    };

    public static bool IsIntrospectionTypeName(string name) => Types.ContainsKey(name);

    internal static bool TryGet(string name, out NamedType type) => Types.TryGetValue(name, out type!);

    private static FieldDefinition CreateTypeMetaField()
    {
        var field = new FieldDefinition("__type", Types["__Type"], "Request the type information of a single type.")
        {
            Resolver = Sync(c => c.Schema.GetType(c.Argument<string>("name")!)),
        };
        field.AddArgument(new InputValue("name", new NonNullType(SpecifiedScalars.String)));
        return field;
    }

    private static FieldResolver Sync(Func<ResolveContext, object?> resolve) => c => new ValueTask<object?>(resolve(c));

    private static Dictionary<string, NamedType> Build()
    {
        var types = SchemaBuilder.BuildTypesOnly(IntrospectionSdl.Text);
        void On(string type, string field, Func<ResolveContext, object?> resolve) =>
            ((ObjectType)types[type]).Field(field)!.Resolver = Sync(resolve);
        bool IncludeDeprecated(ResolveContext c) => c.Argument<bool>("includeDeprecated");

        On("__Schema", "description", c => ((Schema)c.Source!).Description);
        On("__Schema", "types", c => ((Schema)c.Source!).Types);
        On("__Schema", "queryType", c => ((Schema)c.Source!).QueryType);
        On("__Schema", "mutationType", c => ((Schema)c.Source!).MutationType);
        On("__Schema", "subscriptionType", c => ((Schema)c.Source!).SubscriptionType);
        On("__Schema", "directives", c => ((Schema)c.Source!).Directives.Where(d => IncludeDeprecated(c) || !d.IsDeprecated).ToList());

        On("__Type", "kind", c => c.Source switch
        {
            NamedType n => n.Kind.ToString(),
            ListType => nameof(TypeKind.LIST),
            _ => nameof(TypeKind.NON_NULL),
        });
        On("__Type", "name", c => (c.Source as NamedType)?.Name);
        On("__Type", "description", c => (c.Source as NamedType)?.Description);
        On("__Type", "specifiedByURL", c => (c.Source as ScalarType)?.SpecifiedByUrl);
        On("__Type", "fields", c => (c.Source as FieldsType)?.Fields.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList());
        On("__Type", "interfaces", c => (c.Source as FieldsType)?.Interfaces);
        On("__Type", "possibleTypes", c => c.Source switch
        {
            UnionType u => u.Types,
            InterfaceType i => c.Schema.GetImplementations(i).Objects,
            _ => null,
        });
        On("__Type", "enumValues", c => (c.Source as EnumType)?.Values.Where(v => IncludeDeprecated(c) || !v.IsDeprecated).ToList());
        On("__Type", "inputFields", c => (c.Source as InputObjectType)?.Fields.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList());
        On("__Type", "ofType", c => c.Source switch
        {
            ListType l => l.OfType,
            NonNullType n => n.OfType,
            _ => null,
        });
        On("__Type", "isOneOf", c => c.Source is InputObjectType input ? input.IsOneOf : null);

        On("__Field", "name", c => ((FieldDefinition)c.Source!).Name);
        On("__Field", "description", c => ((FieldDefinition)c.Source!).Description);
        On("__Field", "args", c => ((FieldDefinition)c.Source!).Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList());
        On("__Field", "type", c => ((FieldDefinition)c.Source!).Type);
        On("__Field", "isDeprecated", c => ((FieldDefinition)c.Source!).IsDeprecated);
        On("__Field", "deprecationReason", c => ((FieldDefinition)c.Source!).DeprecationReason);

        On("__InputValue", "name", c => ((InputValue)c.Source!).Name);
        On("__InputValue", "description", c => ((InputValue)c.Source!).Description);
        On("__InputValue", "type", c => ((InputValue)c.Source!).Type);
        On("__InputValue", "defaultValue", c => ((InputValue)c.Source!) is { DefaultValue: { } literal } input
            && AstFromValue.Convert(ValueFromAst.Coerce(literal, input.Type, null), input.Type) is { } ast ? Printer.Print(ast) : null);
        On("__InputValue", "isDeprecated", c => ((InputValue)c.Source!).IsDeprecated);
        On("__InputValue", "deprecationReason", c => ((InputValue)c.Source!).DeprecationReason);

        On("__EnumValue", "name", c => ((EnumValue)c.Source!).Name);
        On("__EnumValue", "description", c => ((EnumValue)c.Source!).Description);
        On("__EnumValue", "isDeprecated", c => ((EnumValue)c.Source!).IsDeprecated);
        On("__EnumValue", "deprecationReason", c => ((EnumValue)c.Source!).DeprecationReason);

        On("__Directive", "name", c => ((DirectiveDefinition)c.Source!).Name);
        On("__Directive", "description", c => ((DirectiveDefinition)c.Source!).Description);
        On("__Directive", "isRepeatable", c => ((DirectiveDefinition)c.Source!).IsRepeatable);
        On("__Directive", "locations", c => ((DirectiveDefinition)c.Source!).Locations.Select(l => l.ToSpecName()).ToList());
        On("__Directive", "args", c => ((DirectiveDefinition)c.Source!).Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList());
        On("__Directive", "isDeprecated", c => ((DirectiveDefinition)c.Source!).IsDeprecated);
        On("__Directive", "deprecationReason", c => ((DirectiveDefinition)c.Source!).DeprecationReason);
        return types;
    }
}
