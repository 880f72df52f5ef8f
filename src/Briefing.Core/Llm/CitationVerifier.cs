using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Text;

namespace Briefing.Core.Llm;

/// <summary>
/// Checks a model answer against the passages it was given, sentence by sentence: citations to passages that
/// were not given are dropped; a sentence left without a valid citation is removed; a sentence whose numbers,
/// names or key words do not occur in its cited passages (<see cref="ClaimSupport"/>), or that rests on an
/// instruction planted in an article, is removed. Given the question's <see cref="GroundedPassages"/>, a citation of a
/// passage whose article lacks a detail the question asks about (a year, a number, a name) does not count. Survivors are renumbered; each citation quotes the cited
/// passage's sentence that best supports the claim, verbatim.
/// </summary>
public sealed class CitationVerifier
{
    /// <param name="maxSentences">Keep at most this many supported sentences (digest summaries); later ones are not read.</param>
    /// <param name="grounded">The passages whose article shows the question's details; null: every passage may be cited (digests).</param>
    public VerificationResult Verify(string modelOutput, IReadOnlyList<PassageHit> passages, string language, int maxSentences = int.MaxValue,
        GroundedPassages? grounded = null)
    {
        var removed = new List<RemovedSentence>();
        var kept = new List<(string Claim, List<(PassageHit Passage, string Quote)> Sources)>();
        int modelCitations = 0, survivingCitations = 0, modelSentences = 0;
        var sentinelSeen = false;

        foreach (var sentence in Sentences(modelOutput))
        {
            if (kept.Count >= maxSentences) break;
            var claim = CitationMarkers.Strip(sentence);
            if (claim.Contains(PromptNames.NoAnswerSentinel, StringComparison.OrdinalIgnoreCase))
            {
                sentinelSeen = true;
                continue;
            }
            var cited = CitationMarkers.Numbers(sentence);
            modelCitations += cited.Count;
            if (!claim.Any(char.IsLetterOrDigit)) continue; // a stray "[1]" on its own line
            modelSentences++;

            var sources = Verify(sentence, claim, cited, passages, language, grounded, removed);
            if (sources is null) continue;
            survivingCitations += sources.Count;
            kept.Add((claim, sources));
        }

        var (text, citations) = Renumber(kept);
        var stats = new VerificationStats(modelCitations, survivingCitations, modelSentences, modelSentences - kept.Count);
        return new VerificationResult(text, citations, removed, sentinelSeen, stats) { Kept = kept.Select(k => k.Claim).ToList() };
    }

    /// <summary>The passages that support the sentence with their best quotes, or null when the sentence goes.</summary>
    private static List<(PassageHit Passage, string Quote)>? Verify(
        string sentence, string claim, IReadOnlyList<int> cited, IReadOnlyList<PassageHit> passages, string language,
        GroundedPassages? grounded, List<RemovedSentence> removed)
    {
        var valid = cited.Where(n => n >= 1 && n <= passages.Count).ToList();
        var invalid = cited.Except(valid).Select(n => $"[{n}]").ToList();
        var invalidReason = $"citation {string.Join(", ", invalid)} points to no passage given (only 1-{passages.Count})";
        if (valid.Count == 0)
        {
            removed.Add(new RemovedSentence(sentence, cited.Count == 0 ? "no citation" : invalidReason));
            return null;
        }
        if (invalid.Count > 0) removed.Add(new RemovedSentence(sentence, $"{invalidReason}: that citation dropped, the sentence kept"));
        var ungrounded = grounded is null ? [] : valid.Where(n => !grounded.Allows(passages[n - 1])).ToList();
        if (ungrounded.Count > 0)
        {
            valid = valid.Except(ungrounded).ToList();
            var lacking = grounded!.WhyNot(ungrounded);
            removed.Add(new RemovedSentence(sentence, valid.Count == 0 ? $"ungrounded: {lacking}" : $"{lacking}: that citation dropped, the sentence kept"));
            if (valid.Count == 0) return null;
        }
        if (PlantedInstructionDetector.LooksLikeInstruction(claim))
        {
            removed.Add(new RemovedSentence(sentence, "reads as an instruction, not as reporting"));
            return null;
        }

        var features = ClaimFeatures.Of(claim);
        var sources = new List<(PassageHit Passage, string Quote)>();
        foreach (var n in valid)
        {
            var passage = passages[n - 1];
            var (quote, score) = ClaimSupport.BestSentence(features, passage.Passage.Text);
            if (PlantedInstructionDetector.LooksLikeInstruction(quote))
            {
                removed.Add(new RemovedSentence(sentence, $"rests on an instruction planted in passage [{n}]: \"{quote}\""));
                return null;
            }
            if (score > 0 || valid.Count == 1) sources.Add((passage, quote));
            else removed.Add(new RemovedSentence(sentence, $"citation [{n}] dropped: the passage shares nothing with the sentence"));
        }
        if (sources.Count == 0) return null;

        var citedText = string.Join("\n", sources.Select(s => $"{s.Passage.Article.Title}\n{s.Passage.Article.Source}\n{s.Passage.Passage.Text}"));
        var sameLanguage = sources.All(s => string.Equals(s.Passage.Passage.Language, language, StringComparison.OrdinalIgnoreCase));
        var why = ClaimSupport.WhyUnsupported(features, citedText, sameLanguage, language);
        if (why is null) return sources;
        removed.Add(new RemovedSentence(sentence, $"unsupported: {why}"));
        return null;
    }

    private static IEnumerable<string> Sentences(string modelOutput)
    {
        var text = CitationMarkers.MoveBeforePunctuation(ModelReasoning.Strip(modelOutput).Replace("\r", ""));
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim().TrimStart('-', '*', '•', '#', '>', ' ').Replace("**", "").Replace("__", "");
            foreach (var sentence in SentenceSplitter.Split(line)) yield return sentence;
        }
    }

    private static (string Text, IReadOnlyList<Citation> Citations) Renumber(
        List<(string Claim, List<(PassageHit Passage, string Quote)> Sources)> kept)
    {
        var citations = new List<Citation>();
        var sentences = new List<string>();
        foreach (var (claim, sources) in kept)
        {
            var numbers = new List<int>();
            foreach (var (hit, quote) in sources)
            {
                var existing = citations.FindIndex(c => c.PassageId == hit.Passage.Id && c.Quote == quote);
                if (existing < 0)
                {
                    citations.Add(new Citation(citations.Count + 1, hit.Article.Id, hit.Article.Title, hit.Article.Source,
                        hit.Article.Url, hit.Article.Published, hit.Passage.Id, quote));
                    existing = citations.Count - 1;
                }
                if (!numbers.Contains(existing + 1)) numbers.Add(existing + 1);
            }
            sentences.Add(CitationMarkers.Attach(claim, numbers));
        }
        return (string.Join(" ", sentences), citations);
    }
}
