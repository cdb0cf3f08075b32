namespace Wijkwerf.Data.Knowledge;

public enum Refusal { Invalid, NotFound, Forbidden, Conflict }

/// <summary>A learning-platform request that is refused with a message the user can act on (a closed session, a review by
/// a member of the reviewed case, a script in a text ...). Thrown before anything is saved.</summary>
public sealed class LearningException(Refusal kind, string? field, string message) : Exception(message)
{
    public Refusal Kind { get; } = kind;
    public string? Field { get; } = field;

    public static LearningException Invalid(string field, string message) => new(Refusal.Invalid, field, message);
    public static LearningException NotFound(string what, int id) => new(Refusal.NotFound, null, $"There is no {what} {id}.");
    public static LearningException Forbidden(string message) => new(Refusal.Forbidden, null, message);
}
