namespace Briefing.Core.Security;

/// <summary>An exception shown at Debug level: its full text (stack included), with secrets masked.</summary>
internal sealed class RedactedException(Exception original, SecretRedactor redactor) : Exception(redactor.Redact(original.Message))
{
    public override string ToString() => redactor.Redact(original.ToString());
}
