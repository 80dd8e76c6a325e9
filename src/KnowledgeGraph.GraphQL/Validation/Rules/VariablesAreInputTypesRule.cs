using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Variables Are Input Types (spec §5.8.2): a variable's type must be an input type (scalar, enum or
/// input object, possibly wrapped in lists and non-null). Unknown types are left to <see cref="KnownTypeNamesRule"/>.
/// </summary>
public sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(Node node)
    {
        if (node is not VariableDefinitionNode variable)
        {
            return true;
        }

        if (TypeFromAst.Get(Context.Schema, variable.Type) is { IsInputType: false })
        {
            Context.Report($"Variable \"${variable.Variable.Name.Value}\" cannot be non-input type \"{variable.Type}\".", variable.Type);
        }

        return false;
    }
}
