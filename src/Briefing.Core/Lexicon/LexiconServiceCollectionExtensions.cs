using Briefing.Core.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Core.Lexicon;

public static class LexiconServiceCollectionExtensions
{
    /// <summary>
    /// Registers cross-lingual query expansion when <c>Lexicon:Folder</c> holds a FreeDict dictionary
    /// (and <c>Lexicon:Enabled</c> is not false); without the files everything works monolingually.
    /// </summary>
    public static IServiceCollection AddBriefingLexicon(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(LexiconOptions.SectionName);
        services.AddOptions<LexiconOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var settings = section.Get<LexiconOptions>() ?? new LexiconOptions();
        var present = settings.Enabled && Directory.Exists(settings.Folder)
            && new[] { LexiconOptions.EnglishGerman, LexiconOptions.GermanEnglish }.Any(n => File.Exists(Path.Combine(settings.Folder, n + ".index")));
        if (present)
        {
            services.TryAddSingleton<LexiconQueryExpander>();
            services.AddSingleton<IQueryExpander>(sp => sp.GetRequiredService<LexiconQueryExpander>());
            services.AddSingleton<IWordLexicon>(sp => sp.GetRequiredService<LexiconQueryExpander>());
        }
        return services;
    }
}
