using Briefing.Core.Text;

namespace Briefing.Core.Lexicon;

public sealed partial class LexiconQueryExpander
{
    /// <summary>
    /// An English modifier and head that German writes as one compound the join of first translations misses: "fibre-optic
    /// network" is the article's "Glasfasernetz" ("fibre" → "Faser" sits inside "Glasfaser", and "fibre-optic" itself has no
    /// translation). The index's compounds closed by a translation of the head whose front holds a translation of the
    /// modifier (or of a part of a hyphenated modifier) are translations of the pair, as a listed term's would be.
    /// </summary>
    /// <remarks>
    /// Only for a pair <see cref="JoinedCompounds"/> found nothing for, and only the commonest few such compounds: the
    /// compound stands for both words, so it must say what both say. A hyphenated modifier keeps its parts' own
    /// translations; the compound joins each part's group beside them.
    /// </remarks>
    private void ModifiedCompounds(CompiledLexicon lexicon, List<string> words, string source, Dictionary<string, List<string>> byWord)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var (modifier, head) = (words[i], words[i + 1]);
            if (!IsContentWord(modifier, source) || !IsContentWord(head, source) || FunctionWords.IsGeneric(modifier) || FunctionWords.IsGeneric(head)
                || IsAbbreviation(modifier) || char.IsUpper(head[0])) continue;
            if (byWord.TryGetValue(modifier, out var joined) && byWord.TryGetValue(head, out var ofHead) && joined.Intersect(ofHead, StringComparer.OrdinalIgnoreCase).Any()) continue;
            var fronts = ModifierFronts(lexicon, modifier, source);
            if (fronts.Count == 0) continue;
            var added = 0;
            foreach (var translation in Nouns(lexicon, head, source).Take(_options.MaxTranslations))
            {
                if (added >= MaxModifiedCompounds) break;
                if (_statistics.AnalyzeTerms(translation, "de") is not [var tail] || tail.Length < MinCompoundTail) continue;
                foreach (var compound in _statistics.CompoundsEndingWith(tail, "de", front => fronts.Any(f => front.Contains(f, StringComparison.Ordinal)), MaxModifiedCompounds))
                {
                    if (added >= MaxModifiedCompounds) break;
                    foreach (var word in ModifierWords(modifier).Append(head))
                    {
                        var list = byWord.TryGetValue(word, out var existing) ? existing : byWord[word] = [];
                        if (!list.Contains(compound, StringComparer.OrdinalIgnoreCase)) list.Add(compound);
                    }
                    added++;
                }
            }
        }
    }

    /// <summary>
    /// The words of the question the compound stands for beside the head: a hyphenated modifier's parts, as the question's
    /// groups are ("fibre", "optic"), so "Glasfasernetz" shows "optic" too — the compound says all of "fibre-optic network".
    /// </summary>
    private static IEnumerable<string> ModifierWords(string modifier) =>
        modifier.Contains('-') ? modifier.Split('-').Where(p => p.Length >= MinCompoundPart) : [modifier];

    /// <summary>The modifier's German noun translations (and its hyphenated parts'), folded as the index writes them.</summary>
    private List<string> ModifierFronts(CompiledLexicon lexicon, string modifier, string source) =>
        ModifierWords(modifier).Prepend(modifier).Distinct(StringComparer.OrdinalIgnoreCase)
        .SelectMany(part => Nouns(lexicon, part, source))
        .Select(WordNormalizer.Fold).Where(f => f.Length >= MinModifierFront).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Shorter translations ("Rat", "Amt") sit inside too many unrelated compounds.</summary>
    private const int MinModifierFront = 4;
    private const int MaxModifiedCompounds = 2;
}
