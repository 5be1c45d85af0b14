namespace Retning.Web.Infrastructure.Idempotency;

/// <summary>
/// Marks a POST handler (or every POST handler of a page model) that creates something: a
/// retried POST carrying the same form key is answered with the first one's redirect and
/// creates nothing (<see cref="IdempotencyFilter"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class IdempotentAttribute : Attribute
{
    /// <summary>The hidden form field <see cref="TagHelpers.IdempotencyKeyTagHelper"/> adds to every POST form.</summary>
    public const string FieldName = "__IdempotencyKey";
}
