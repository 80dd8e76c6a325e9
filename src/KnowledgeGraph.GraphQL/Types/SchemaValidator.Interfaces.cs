using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Interface implementation rules (spec §3.7 IsValidImplementation) and input object cycles.</summary>
public static partial class SchemaValidator
{
    private static void ValidateInterfaces(Schema schema, FieldsType type, Action<string, Node?[]> report)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                report($"Type {type.Name} cannot implement itself because it would create a circular reference.", [.. type.AstNodes]);
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                report($"Type {type.Name} can only implement {iface.Name} once.", [.. type.AstNodes]);
                continue;
            }

            foreach (var transitive in iface.Interfaces)
            {
                if (!type.Interfaces.Contains(transitive))
                {
                    report(ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.", [.. type.AstNodes]);
                }
            }

            ValidateImplementation(schema, type, iface, report);
        }
    }

    private static void ValidateImplementation(Schema schema, FieldsType type, InterfaceType iface, Action<string, Node?[]> report)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var fieldName = ifaceField.Name;
            var typeField = type.Field(fieldName);
            if (typeField is null)
            {
                report($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.", [ifaceField.AstNode, .. type.AstNodes]);
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(schema, typeField.Type, ifaceField.Type))
            {
                report($"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.", [ifaceField.AstNode?.Type, typeField.AstNode?.Type]);
            }

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                var typeArg = typeField.Argument(ifaceArg.Name);
                if (typeArg is null)
                {
                    report($"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expected but {type.Name}.{fieldName} does not provide it.", [ifaceArg.AstNode, typeField.AstNode]);
                    continue;
                }

                if (!TypeComparators.IsEqualType(ifaceArg.Type, typeArg.Type))
                {
                    report($"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{fieldName}({ifaceArg.Name}:) is type {typeArg.Type}.", [ifaceArg.AstNode?.Type, typeArg.AstNode?.Type]);
                }
            }

            foreach (var typeArg in typeField.Arguments)
            {
                if (typeArg.IsRequired && ifaceField.Argument(typeArg.Name) is null)
                {
                    report($"Object field {type.Name}.{fieldName} includes required argument {typeArg.Name} that is missing from the Interface field {iface.Name}.{fieldName}.", [typeArg.AstNode, ifaceField.AstNode]);
                }
            }
        }
    }

    /// <summary>Finds input objects that reference themselves through non-null, non-list fields (no finite value exists).</summary>
    private sealed class InputCycleFinder(Action<string, Node?[]> report)
    {
        private readonly HashSet<InputObjectType> visited = [];
        private readonly List<InputValue> path = [];
        private readonly Dictionary<InputObjectType, int> pathIndex = [];

        public void Check(InputObjectType input)
        {
            if (!visited.Add(input))
            {
                return;
            }

            pathIndex[input] = path.Count;
            foreach (var field in input.Fields)
            {
                if (field.Type is NonNullType { OfType: InputObjectType target })
                {
                    path.Add(field);
                    if (pathIndex.TryGetValue(target, out var start))
                    {
                        var cycle = path.Skip(start).ToList();
                        report($"Cannot reference Input Object \"{target.Name}\" within itself through a series of non-null fields: \"{string.Join(".", cycle.Select(f => f.Name))}\".", [.. cycle.Select(f => f.AstNode)]);
                    }
                    else
                    {
                        Check(target);
                    }

                    path.RemoveAt(path.Count - 1);
                }
            }

            pathIndex.Remove(input);
        }
    }
}
