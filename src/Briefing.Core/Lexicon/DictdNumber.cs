namespace Briefing.Core.Lexicon;

/// <summary>dictd's numbers in .index files: base 64 with the digits A–Z a–z 0–9 + /, most significant first.</summary>
internal static class DictdNumber
{
    public static bool TryDecode(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 10) return false;
        foreach (var c in text)
        {
            int digit = c switch
            {
                >= 'A' and <= 'Z' => c - 'A',
                >= 'a' and <= 'z' => c - 'a' + 26,
                >= '0' and <= '9' => c - '0' + 52,
                '+' => 62,
                '/' => 63,
                _ => -1,
            };
            if (digit < 0) return false;
            value = value * 64 + digit;
        }
        return true;
    }

    public static string Encode(long value)
    {
        const string digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        if (value == 0) return "A";
        var chars = new Stack<char>();
        for (; value > 0; value /= 64) chars.Push(digits[(int)(value % 64)]);
        return new string(chars.ToArray());
    }
}
