using System.Security;
using System.Text;

namespace Briefing.Core.Tests.Web;

/// <summary>RSS 2.0 and Atom documents served by the fake web server.</summary>
internal static class TestFeeds
{
    public const string FullText =
        "<p>The regional parliament approved the budget for next year by 61 votes to 40 on Thursday evening.</p>"
        + "<p>Spending on schools rises by eight percent, while the road building programme is cut by a fifth.</p>"
        + "<p>The opposition said the cuts would delay the bypass around the old town by at least three years.</p>";

    /// <summary>Item 1 carries its full text (content:encoded); item 2 only a teaser and a link to <paramref name="pageUrl"/>.</summary>
    public static string Rss(Uri pageUrl) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Coastal Herald - Local</title>
            <link>https://news.example.org/local</link>
            <description>Local news</description>
            <language>en-gb</language>
            <item>
              <title>Parliament approves next year's budget</title>
              <link>https://news.example.org/politics/budget-approved</link>
              <guid isPermaLink="false">budget-2026</guid>
              <pubDate>Thu, 26 Nov 2026 19:45:00 GMT</pubDate>
              <description>The budget passed.</description>
              <content:encoded>{SecurityElement.Escape(FullText)}</content:encoded>
            </item>
            <item>
              <title>Harbour bridge reopens</title>
              <link>{pageUrl}</link>
              <guid>{pageUrl}</guid>
              <pubDate>Fri, 20 Nov 2026 07:30:00 GMT</pubDate>
              <description>The bridge is open again.</description>
            </item>
          </channel>
        </rss>
        """;

    public static string Atom() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
          <title>Tagesanzeiger Nord</title>
          <id>urn:uuid:tagesanzeiger-nord</id>
          <updated>2026-11-25T10:00:00Z</updated>
          <entry>
            <title>Neue Buslinie verbindet Hafen und Universität</title>
            <id>urn:uuid:bus-42</id>
            <link href="https://nord.example.de/stadt/buslinie-42"/>
            <published>2026-11-25T09:00:00+01:00</published>
            <updated>2026-11-25T09:30:00+01:00</updated>
            <content type="html">{SecurityElement.Escape(
                "<p>Ab Montag fährt die neue Buslinie 42 alle zehn Minuten zwischen Hafen und Universität.</p>"
                + "<p>Die Verkehrsbetriebe setzen dafür sechs neue Elektrobusse ein, die nachts am Betriebshof laden.</p>"
                + "<p>Studierende fahren mit dem Semesterticket kostenlos, alle anderen zahlen den normalen Stadttarif.</p>")}</content>
          </entry>
        </feed>
        """;

    public const string FerryItem = """
        <item><title>Ferry timetable changes</title><link>https://news.example.org/local/ferry</link>
        <content:encoded>&lt;p&gt;From Monday the first ferry leaves at half past five, an hour earlier than now.&lt;/p&gt;&lt;p&gt;The last ferry of the day still leaves at eleven in the evening.&lt;/p&gt;&lt;p&gt;Tickets bought before the change stay valid until the end of the year.&lt;/p&gt;</content:encoded></item>
        """;

    /// <summary>The feed with <paramref name="item"/> put in front of its first item (feeds list the newest first).</summary>
    public static string WithItemFirst(string feed, string item) => feed.Insert(feed.IndexOf("<item>", StringComparison.Ordinal), item);

    public static string HugeRss(int items)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Firehose</title><link>https://firehose.example/</link><description>x</description>");
        for (var i = 0; i < items; i++)
            xml.Append($"<item><title>Item {i}</title><guid>item-{i}</guid><description>Short note number {i} about nothing in particular.</description></item>");
        return xml.Append("</channel></rss>").ToString();
    }
}
