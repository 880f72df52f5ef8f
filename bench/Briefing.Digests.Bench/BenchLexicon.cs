using Briefing.Core.Configuration;
using Briefing.Core.Digests.Clustering;
using Briefing.Core.Lexicon;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Briefing.Digests.Bench;

/// <summary>The FreeDict German→English translator when the dictionary is installed (compiled into a temp folder), else null.</summary>
internal static class BenchLexicon
{
    public static LexiconTermTranslator? Create()
    {
        var options = new LexiconOptions();
        if (!File.Exists(Path.Combine(options.Folder, LexiconOptions.GermanEnglish + ".index"))) return null;
        var data = Path.Combine(Path.GetTempPath(), "briefing-digest-bench-lexicon");
        return new LexiconTermTranslator(Options.Create(options), Options.Create(new BriefingOptions { DataDir = data }), NullLogger<LexiconTermTranslator>.Instance);
    }
}
