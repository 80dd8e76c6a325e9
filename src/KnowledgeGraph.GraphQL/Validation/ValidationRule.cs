using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// A validation rule: one instance per validation, told of every node on the way in and out of the
/// document (with the type information of <see cref="ValidationContext"/> current). Returning false
/// from <see cref="Enter"/> skips that node's children for this rule only.
/// </summary>
public abstract class ValidationRule(ValidationContext context)
{
    protected ValidationContext Context { get; } = context;

    public virtual bool Enter(Node node) => true;

    public virtual void Leave(Node node)
    {
    }
}

/// <summary>Creates a rule for one validation.</summary>
public delegate ValidationRule RuleFactory(ValidationContext context);
