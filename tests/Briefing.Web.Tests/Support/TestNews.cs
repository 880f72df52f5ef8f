using Briefing.Core.Tests.Support;

namespace Briefing.Web.Tests.Support;

/// <summary>A few small articles written for these tests, in English and German.</summary>
public static class TestNews
{
    public const string CometQuestion = "When was the comet discovered?";
    public const string CometSentence = "Astronomers at the Paranal observatory in Chile discovered a bright comet on Tuesday night.";

    public static string Write(TempFolder folder)
    {
        folder.Write("news/comet.txt", $"""
            Astronomers spot bright comet over Chile
            {CometSentence}
            The comet will pass closest to the Sun in March and may be visible to the naked eye.
            """);
        folder.Write("news/hafen.txt", """
            Neuer Hafen in Kiel eröffnet
            Die Stadt Kiel hat am Montag einen neuen Containerhafen eröffnet. Der Bau kostete 240 Millionen Euro.
            Bürgermeisterin Anna Berger sagte, der Hafen schaffe 1.200 neue Arbeitsplätze in der Region.
            """);
        folder.Write("news/bridge.txt", """
            Rail bridge over the Elbe reopens after repairs
            The rail bridge over the Elbe near Dresden reopened on Friday after eight months of repairs costing 35 million euros.
            Engineers replaced 400 steel beams and the bridge now carries freight trains again.
            """);
        return folder.Combine("news");
    }
}
