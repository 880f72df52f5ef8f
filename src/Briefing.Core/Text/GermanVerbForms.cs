using System.Reflection;
using Briefing.Core.Caching;

namespace Briefing.Core.Text;

/// <summary>
/// The infinitive behind a German verb form, the one place that knows German verb inflection: strong and mixed
/// verbs' vowel changes ("schlug" → schlagen, "gewonnen" → gewinnen, "starb" → sterben), weak endings ("forderte" →
/// fordern), prefixes ("ernannt" → ernennen, "vorgeschlagen" → vorschlagen) and separated particles ("schlug … vor" →
/// vorschlagen, "gab … bekannt" → bekanntgeben). An English question's verb translates to the infinitive ("propose" →
/// vorschlagen) while news reports write the inflected, often split form; the index and the answer's evidence both
/// see a form's infinitive through this class. The tables under GermanVerbs/ are derived from FreeDict by
/// tools/german_verbs.py (its verbs, their irregular forms, the particles its split forms show); the regular rest
/// is the rules here, each candidate checked against the list of verbs so an adjective ("letzte") stays what it is.
/// </summary>
internal static class GermanVerbForms
{
    private static readonly HashSet<string> Infinitives = new(Lines("infinitives.txt"), StringComparer.Ordinal);
    private static readonly Dictionary<string, string[]> Irregular = Lines("irregular.txt")
        .Select(l => l.Split('\t')).ToDictionary(p => p[0], p => p[1].Split(' '), StringComparer.Ordinal);
    private static readonly HashSet<string> Particles = new(Lines("particles.txt"), StringComparer.Ordinal);
    /// <summary>Prefixes that never separate; their verbs' participles take no "ge-" ("ernannt", "verstorben").</summary>
    private static readonly string[] Inseparable = ["be", "emp", "ent", "er", "ge", "miss", "ver", "zer"];
    /// <summary>Endings of weak finite forms and participles, longest first ("forderten", "fordertet", "fordert").</summary>
    private static readonly string[] WeakEndings = ["eten", "etet", "test", "ten", "tet", "ete", "te", "et", "st", "t"];
    private const int MaxCached = 100_000;
    private static readonly BoundedCache<string, string[]> Cache = new(MaxCached, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> (lower case) is a German verb's infinitive FreeDict lists.</summary>
    public static bool IsInfinitive(string word) => Infinitives.Contains(word);

    /// <summary>Whether <paramref name="word"/> (lower case) is a listed verb's infinitive or one of its forms ("abgesehen", "schlug").</summary>
    public static bool IsVerbForm(string word) => IsInfinitive(word) || InfinitivesOf(word).Count > 0;

    /// <summary>Whether <paramref name="word"/> (lower case) can be the separated first part of a verb ("vor", "zurück", "bekannt").</summary>
    public static bool IsParticle(string word) => Particles.Contains(word);

    /// <summary>
    /// The infinitives a lower-case word may be a form of, other than itself: "schlug" → schlagen, "ernannt" →
    /// ernennen, "vorgeschlagen" → vorschlagen; empty for an infinitive, a word that is no verb form, or one the rules cannot place.
    /// </summary>
    public static IReadOnlyList<string> InfinitivesOf(string form)
    {
        if (form.Length < 3) return [];
        if (Cache.TryGetValue(form, out var known)) return known;
        var found = new List<string>();
        foreach (var infinitive in BaseInfinitives(form)) Add(found, infinitive, form);
        foreach (var prefix in Inseparable.Concat(Particles))
        {
            if (form.Length - prefix.Length < 3 || !form.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var rest = form[prefix.Length..];
            // "ernannt" is "er" + the participle "genannt" without its "ge"; "vorgeschlagen" is "vor" + "geschlagen".
            foreach (var infinitive in BaseInfinitives(rest).Concat(BaseInfinitives("ge" + rest)))
                if (Infinitives.Contains(prefix + infinitive)) Add(found, prefix + infinitive, form);
        }
        var result = found.ToArray();
        Cache.Set(form, result);
        return result;
    }

    /// <summary>
    /// The verb a finite form makes with a particle that closes its clause ("schlug" + "vor" → vorschlagen,
    /// "stellte" + "fest" → feststellen, "schlagen" + "vor"); null when the two make no listed verb.
    /// </summary>
    public static string? SeparatedInfinitive(string finite, string particle)
    {
        if (!Particles.Contains(particle)) return null;
        if (Infinitives.Contains(particle + finite)) return particle + finite; // plural: "sie schlagen … vor"
        return BaseInfinitives(finite).Select(i => particle + i).FirstOrDefault(Infinitives.Contains);
    }

    /// <summary>Infinitives of an unprefixed form: the irregular table, then the weak endings checked against the verb list.</summary>
    private static IEnumerable<string> BaseInfinitives(string form)
    {
        if (Irregular.TryGetValue(form, out var irregular))
            foreach (var infinitive in irregular) yield return infinitive;
        // The table lists a strong past mostly in the singular ("traf", "gab", "brachte"); its plural adds "-en" or "-n"
        // ("Die beiden trafen … zusammen", "sie gaben … bekannt", "brachten"), the form reports on two or more write.
        else if (PluralOfListed(form) is { } singular)
            foreach (var infinitive in singular) yield return infinitive;
        var participle = form.Length > 4 && form.StartsWith("ge", StringComparison.Ordinal);
        foreach (var stemSource in participle ? [form, form[2..]] : new[] { form })
        {
            foreach (var ending in WeakEndings)
            {
                if (stemSource.Length - ending.Length < 2 || !stemSource.EndsWith(ending, StringComparison.Ordinal)) continue;
                var stem = stemSource[..^ending.Length];
                if (Infinitives.Contains(stem + "en")) yield return stem + "en";
                else if (Infinitives.Contains(stem + "n")) yield return stem + "n"; // fordern, sammeln
            }
        }
    }

    /// <summary>The infinitives of the listed singular a plural form is made from ("trafen" → "traf", "brachten" → "brachte"); null when none is.</summary>
    private static IReadOnlyList<string>? PluralOfListed(string form)
    {
        if (form.Length <= 4 || !form.EndsWith("en", StringComparison.Ordinal) || Infinitives.Contains(form)) return null;
        return Irregular.TryGetValue(form[..^2], out var strong) ? strong : Irregular.TryGetValue(form[..^1], out var mixed) ? mixed : null;
    }

    private static void Add(List<string> found, string infinitive, string form)
    {
        if (infinitive != form && !found.Contains(infinitive)) found.Add(infinitive);
    }

    private static IEnumerable<string> Lines(string name)
    {
        using var stream = typeof(GermanVerbForms).Assembly.GetManifestResourceStream($"Briefing.GermanVerbs.{name}")
            ?? throw new InvalidOperationException($"The embedded table GermanVerbs/{name} is missing from the build.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) lines.Add(line);
        return lines;
    }
}
