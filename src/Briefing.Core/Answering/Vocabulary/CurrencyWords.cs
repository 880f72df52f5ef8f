using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// How news writes a currency, the one list the checks for sums of money build their patterns from: a figure beside
/// one is an amount ("2000 Euro", "£26,000", "USD 300", "530 pence"), not a count of things, a year or a rank.
/// Regex fragments for case-insensitive patterns. Which currency a question asks for is <see cref="AskedCurrency"/>'s.
/// </summary>
internal static partial class CurrencyWords
{
    /// <summary>The currency signs written before a figure ("€5m", "$750m", "£26,000", "¥100"), as a character class.</summary>
    public const string Sign = "[€$£¥]";

    /// <summary>Currencies by name or code, German and English, singular and plural: an alternation.</summary>
    /// <remarks>
    /// The Scandinavian crowns as English news writes them ("9.5bn kronor", "3.4bn Danish kroner"); not German "Kronen",
    /// which also names the Kronen Zeitung and crowns of trees.
    /// </remarks>
    public const string Names = "euros?|eur|dollars?|usd|pounds?|pfund|franken|francs?|yen|yuan|rupees?|rubel|roubles?|kronor|kroner";

    /// <summary>A currency's hundredth ("50 cents", "530 pence a share"): an alternation.</summary>
    public const string Coins = "cents?|pence|pennies";

    /// <summary>A currency's name standing alone ("Euro", "Dollar"): capitalised, it passes for a name, but names no one.</summary>
    public static bool IsCurrencyName(string word) => CurrencyName().IsMatch(word);

    [GeneratedRegex("^(" + Names + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyName();
}
