using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// A sum asked in a named currency: "Was kostet X in Euro?", "How much is that in dollars?", "in Pfund". A sentence
/// that gives the sum only in another currency ("800 Dollar" for "in Euro") does not answer it: converting is not
/// quoting. Either language's word or sign shows the currency ("€", "euros", "$", "US-Dollar", "£", "sterling").
/// </summary>
internal static partial class AskedCurrency
{
    private static readonly AskedAndShown[] Currencies =
    [
        new(EuroAsked(), EuroShown()),
        new(DollarAsked(), DollarShown()),
        new(PoundAsked(), PoundShown()),
    ];

    /// <summary>The currency <paramref name="question"/> asks the sum in, as written ("in Euro"); null when it names none.</summary>
    public static string? In(string question) => AskedAndShown.FirstAsked(Currencies, question);

    /// <summary>Whether <paramref name="sentence"/> states a sum in the currency <paramref name="question"/> asks (true when it asks none).</summary>
    public static bool IsShownIn(string question, string sentence) => AskedAndShown.AllShown(Currencies, question, sentence);

    [GeneratedRegex(@"\bin\s+(euros?|eur)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EuroAsked();

    [GeneratedRegex(@"€|\b(euros?|eur)\b|\p{L}*euro\b", RegexOptions.IgnoreCase)]
    private static partial Regex EuroShown();

    [GeneratedRegex(@"\bin\s+((us[-\s]?)?dollars?|usd)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DollarAsked();

    [GeneratedRegex(@"\$|\b(\p{L}*-?dollars?|usd|cents?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DollarShown();

    [GeneratedRegex(@"\bin\s+(pfund|pounds?(\s+sterling)?|sterling|gbp)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PoundAsked();

    [GeneratedRegex(@"£|\b(pfund|pounds?|sterling|gbp|pence|penny)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PoundShown();
}
