using Briefing.Core.Lexicon;

namespace Briefing.Core.Tests.Lexicon;

public sealed class FreeDictDefinitionTests
{
    [Theory]
    [InlineData("harbour /hˈɑːbə/\nHafen <masc>, Port <masc> [naut.]\n   Synonym: {port}\n", new[] { "Hafen", "Port" })]
    [InlineData("defense /dɪfˈɛns/\n [Am.] Abwehr <fem>, Verteidigung <fem> [sport]\n         Note: Spielergruppe\n", new[] { "Abwehr", "Verteidigung" })]
    [InlineData("found /fˈaʊnd/ <v>\netw. gründen, jdn. etw. stiften <v, trans>\n", new[] { "gründen", "stiften" })]
    [InlineData("x /x/\nein sehr langer Ausdruck mit vielen Wörtern, kurz\n", new[] { "kurz" })]
    [InlineData("only a headword", new string[0])]
    [InlineData("Kenya /kˈɛnjə/\nKenia <neut> [geogr.] KE,  /kˈiː/\n         Note: Kfz:\n", new[] { "Kenia" })]
    [InlineData("Italy /ˈɪtəli/\nItalien <neut> [geogr.] IT,  /ˌaɪtˈiː/\n", new[] { "Italien" })]
    [InlineData("British /bɹˈɪtɪʃ/\nbritisch <adj>brit.,  /bɹˈɪt/\n", new[] { "britisch" })]
    // The abbreviation glued to the word where the tag between them is missing.
    [InlineData("monthly /mˈʌnθli/\nmonatlichmtl.,  /ˌɛmtˌiːˈɛl/ , allmonatlich, jeden Monat <adv>\n", new[] { "monatlich", "allmonatlich", "jeden Monat" })]
    [InlineData("particularly /pətˈɪkjʊləli/\ninsbesondereinsb.,  /ˈɪnsb/ , besonders\n", new[] { "insbesondere", "besonders" })]
    [InlineData("professor /pɹəfˈɛsə/\nProfessorProf.,  /pɹˈɒf/\n", new[] { "Professor" })]
    [InlineData("German /dʒˈɜːmən/ (Ger. /dʒˈɜː/)\ndeutsch <adj> [geogr.]  [ling.]  [soc.] dt.,  /dˌiːtˈiː/\n", new[] { "deutsch" })]
    [InlineData("European Central Bank /jˌʊəɹəpˈiən sˈɛntɹəl bˈaŋk/ (ECB /ˈɛkb/)\nEuropäische Zentralbank <fem>EZB,  /ˈɛzb/\n", new[] { "Europäische Zentralbank", "EZB" })]
    [InlineData("the United Nations /ðə juːnˈaɪtɪd nˈeɪʃənz/ (UN /jˌuːˈɛn/)\ndie Vereinten Nationen [pol.] UNO,  /ˈuːnəʊ/\n", new[] { "die Vereinten Nationen", "UNO" })]
    [InlineData("Griechenland /ɡɾˈiːçənlˌant/ (GR /ɡˌeːˈɛɾ/) <neut, n, sg>\n [geogr.] Greece <n> GR\n", new[] { "Greece" })]
    // A long abbreviation after the term's tags is the term's short form, a translation of its own (not "Funk-LAN WLAN").
    [InlineData("wifi /wˈaɪ fˌaɪ/\n [tm] drahtloses LAN <neut>, Funk-LAN <neut> [comp.] WLAN,  /dˈʌbəljˌuːlˈan/\n", new[] { "drahtloses", "Funk-LAN", "WLAN" })]
    public void Translations_come_from_the_line_after_the_headword_without_decorations(string definition, string[] expected)
    {
        Assert.Equal(expected, FreeDictDefinition.Translations(definition));
    }

    [Theory]
    [InlineData("Crimean /kɹaɪmˈiːən/\ndie Krim betreffend\n", new[] { "die Krim betreffend", "Krim" })]
    [InlineData("hepatic /hɪpˈætɪk/\nhepatisch, die Leber betreffend\n", new[] { "hepatisch", "die Leber betreffend", "Leber" })]
    [InlineData("Kärntner /ˈkɛrntnɐ/ <adj>\nCarinthian, of Carinthia\n", new[] { "Carinthian", "of Carinthia", "Carinthia" })]
    public void A_relational_adjective_listed_as_a_phrase_also_gives_its_noun(string definition, string[] expected)
    {
        Assert.Equal(expected, FreeDictDefinition.Translations(definition));
    }

    [Theory]
    [InlineData("Einbrüche /ˈaɪnbɾˌyçə/ <pl>\nburglaries\n   Synonyms: {Einbruchsdiebstähle}, {Einbruchdiebstähle}, {Brüche}\n\n see: {Einbruchsdiebstahl}, {Einbruch}\n",
        new[] { "Einbruchsdiebstähle", "Einbruchdiebstähle", "Brüche" })]
    [InlineData("enquiries /ɛŋkwˈaɪəɹiz/\nAnfragen <pl>, Nachfragen <pl>\n   Synonym: {inquiries}\n\n see: {enquiry}, {inquiry}\n", new[] { "inquiries" })]
    // A placeholder and a note are no words an article writes; the cross references are no synonyms.
    [InlineData("Frage… /frˈɑːɡə/ <adj>\ninterrogative <adj>\n   Synonym: {Interrogativ…}\n", new string[0])]
    [InlineData("harbour /hˈɑːbə/\nHafen <masc>\n see: {port}\n", new string[0])]
    public void Synonyms_come_from_the_synonym_lines_below_the_translations(string definition, string[] expected)
    {
        Assert.Equal(expected, FreeDictDefinition.Synonyms(definition));
    }
}
