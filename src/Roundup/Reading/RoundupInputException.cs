namespace Roundup.Reading;

/// <summary>Bad input that the user can fix: the message is one plain line meant for them, never a stack trace.</summary>
public sealed class RoundupInputException : Exception
{
    /// <summary>Creates the exception with a user-facing message.</summary>
    public RoundupInputException(string message) : base(message) { }

    /// <summary>Creates the exception with a user-facing message and the underlying cause.</summary>
    public RoundupInputException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Parameterless constructor for serializers.</summary>
    public RoundupInputException() { }
}
