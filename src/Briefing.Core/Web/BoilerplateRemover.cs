using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Briefing.Core.Web;

/// <summary>
/// Removes page furniture before readability scoring: navigation, site header and footer, asides, scripts, forms,
/// cookie banners, share bars and related-link lists. Readability alone keeps a cookie banner when it is the
/// longest text block near the article, so these go first by tag, ARIA role and class/id words.
/// </summary>
internal static partial class BoilerplateRemover
{
    private const string NeverText = "script, style, noscript, template, iframe, svg, canvas";

    private const string Furniture =
        "form, button, nav, aside, footer, dialog, "
        + "[role='navigation'], [role='banner'], [role='contentinfo'], [role='complementary'], [role='dialog'], "
        + "[role='alertdialog'], [hidden], [aria-hidden='true']";

    public static void Remove(IHtmlDocument document)
    {
        foreach (var element in document.QuerySelectorAll(NeverText).ToList()) element.Remove();
        foreach (var element in document.QuerySelectorAll(Furniture).Where(e => !HoldsArticle(e)).ToList()) element.Remove();
        // A header inside the article holds the headline and lead; the site header outside it is furniture.
        foreach (var header in document.QuerySelectorAll("header").Where(h => h.Closest("article, main") is null).ToList())
            header.Remove();
        foreach (var element in document.Body?.QuerySelectorAll("*[class], *[id]").Where(IsFurniture).ToList() ?? [])
            element.Remove();
    }

    private static bool IsFurniture(IElement element)
    {
        if (element.LocalName is "body" or "html" or "article" or "main") return false;
        var words = $"{element.ClassName} {element.Id}";
        return FurnitureWords().IsMatch(words) && !HoldsArticle(element);
    }

    // Some sites wrap the whole page in a <form> or give the page wrapper a "promo" class: never remove the article.
    private static bool HoldsArticle(IElement element) =>
        element.QuerySelector("article, main, h1, [itemprop='articleBody']") is not null;

    // Whole words or word parts after a separator, so "shared-story" and "related-to-main" count but "prelude" does not.
    [GeneratedRegex(@"(^|[\s_-])(cookie|cookies|consent|gdpr|menu|nav|navigation|navbar|sidebar|widget|masthead|footer|newsletter|related|share|sharing|social|promo|advert|ads?|sponsor(ed)?|subscribe|paywall|breadcrumbs?|comments?|most-read|popular|recommended|teaser-list|outbrain|taboola)($|[\s_-])",
        RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureWords();
}
