namespace Briefing.Core.Text;

/// <summary>What a <see cref="Token"/> is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly with digits and inner hyphens or apostrophes ("Wahl", "COVID-19", "Merkel's", "U.S.").</summary>
    Word,

    /// <summary>Digits with inner decimal or thousands separators only ("2026", "3,5", "1.000").</summary>
    Number,
}
