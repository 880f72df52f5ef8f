using System.ComponentModel.DataAnnotations;

namespace Briefing.Core.Lexicon;

/// <summary>The <c>Lexicon</c> section: the offline English↔German dictionary for cross-lingual questions.</summary>
public sealed class LexiconOptions
{
    public const string SectionName = "Lexicon";
    public const string EnglishGerman = "freedict-eng-deu";
    public const string GermanEnglish = "freedict-deu-eng";

    /// <summary>Folder holding <c>freedict-eng-deu.{index,dict.dz}</c> and <c>freedict-deu-eng.{index,dict.dz}</c> (Debian: dict-freedict-*).</summary>
    public string Folder { get; set; } = "/usr/share/dictd";

    /// <summary>
    /// Where the dictionaries are compiled for fast look-ups. Compiling takes seconds, so by default one copy per
    /// user serves every data folder (<c>~/.local/share/briefing/lexicon</c>); the copy is rebuilt when the
    /// dictionary files change. Falls back to the data folder when no user folder exists.
    /// </summary>
    public string? CacheFolder { get; set; }

    public string ResolveCacheFolder(string dataDir)
    {
        if (!string.IsNullOrWhiteSpace(CacheFolder)) return Path.GetFullPath(CacheFolder);
        var userData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return string.IsNullOrEmpty(userData) ? Path.Combine(dataDir, "lexicon") : Path.Combine(userData, "briefing", "lexicon");
    }

    /// <summary>False turns cross-lingual expansion off even when the files are there.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Translations kept per question word; they compete for one slot, so more only widen the net.</summary>
    /// <remarks>
    /// 3 → 5: the sense news uses is often listed late ("fine": fein, Geldbuße, Bußgeld, then Geldstrafe; "win":
    /// abbauen, erwerben, bekommen, then gewinnen). XQuAD en→de R@1 0.782 → 0.789, hit 0.586 → 0.591; eval/dev
    /// train cross-lingual gold cited 0.795 → 0.821, answer hit unchanged.
    /// </remarks>
    [Range(1, 10, ErrorMessage = "Lexicon:MaxTranslations must be between 1 and 10.")]
    public int MaxTranslations { get; set; } = 5;

    /// <summary>Weight of a translated word relative to an original question word (1).</summary>
    [Range(0.0, 1.0, ErrorMessage = "Lexicon:Weight must be between 0 and 1.")]
    public double Weight { get; set; } = 0.5;
}
