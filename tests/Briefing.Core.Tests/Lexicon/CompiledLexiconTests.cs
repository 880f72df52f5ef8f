using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Lexicon;

public sealed class CompiledLexiconTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private CompiledLexicon Compile(string entries)
    {
        var folder = DictdTestFiles.Write(_folder.Combine("dict"), "freedict-eng-deu", entries, chunked: true);
        using var dictionary = DictdDictionary.TryOpen(folder, "freedict-eng-deu")!;
        return CompiledLexicon.Open(dictionary, _folder.Combine("cache"));
    }

    [Fact]
    public void Every_headword_is_found_case_insensitively_with_translations_in_rank_order()
    {
        using var lexicon = Compile(DictdTestFiles.EnglishGerman);
        Assert.Equal(["Hafen", "Port", "beherbergen", "Unterschlupf gewähren"], lexicon.Translations("Harbour"));
        Assert.Equal(["bauen", "aufbauen"], lexicon.Translations("build"));
        Assert.Equal(["Schiff"], lexicon.Translations("ship"));
        Assert.Equal(["Feuchtgebiet"], lexicon.Translations("wetland"));
    }

    [Theory]
    [InlineData("aardvark")]
    [InlineData("zebra")]
    [InlineData("harbou")]
    [InlineData("a man of your inches")]
    public void Words_not_in_the_dictionary_have_no_translations(string word)
    {
        using var lexicon = Compile(DictdTestFiles.EnglishGerman);
        Assert.Empty(lexicon.Translations(word));
    }

    /// <summary>The word as written first, then its forms without an ending; skip and forms narrow the forms tried.</summary>
    [Theory]
    [InlineData("ship", 0, int.MaxValue, "ship")]
    [InlineData("ships", 0, int.MaxValue, "ship")]
    [InlineData("harbours", 0, int.MaxValue, "harbour")]
    [InlineData("harbours", 0, 1, null)]
    [InlineData("ship", 1, int.MaxValue, null)]
    [InlineData("zebras", 0, int.MaxValue, null)]
    public void The_first_listed_look_up_form_is_the_word_or_its_base(string word, int skip, int forms, string? listed)
    {
        using var lexicon = Compile(DictdTestFiles.EnglishGerman);
        Assert.Equal(listed, lexicon.FirstListedForm(word, "en", skip, forms));
    }

    [Fact]
    public void A_translation_several_entries_agree_on_ranks_first()
    {
        using var lexicon = Compile("""
            die /dˈaɪ/
            würfeln
            ---
            die /dˈaɪ/
            sterben, eingehen
            ---
            die /dˈaɪ/
            Stempel, sterben
            """);
        Assert.Equal("sterben", lexicon.Translations("die")[0]);
    }

    [Fact]
    public void A_changed_dictionary_is_compiled_again()
    {
        using (var first = Compile(DictdTestFiles.EnglishGerman)) Assert.Equal(["Schiff"], first.Translations("ship"));
        File.SetLastWriteTimeUtc(_folder.Combine("dict", "freedict-eng-deu.index"), DateTime.UtcNow.AddMinutes(1));
        using var second = Compile("""
            ship /ʃˈɪp/
            Dampfer
            """);
        Assert.Equal(["Dampfer"], second.Translations("ship"));
    }

    [Fact]
    public void An_entry_indexed_under_several_headwords_translates_each_of_them()
    {
        // FreeDict points "lose" and "lost" at one entry; one pass over the data once read it for only one of
        // them (whichever sorted first), so "lose" lacked "verlieren".
        var folder = DictdTestFiles.Write(_folder.Combine("dict"), "freedict-eng-deu", """
            lose /lˈuːz/ <v>
            unterliegen <v, intr>
            ---
            lose /lˈuːz/ (lost /lˈɒst/ <>, lost /lˈɒst/ <>) <v>
            verlieren <v, trans>
            """, alsoIndexedAs: new Dictionary<string, string> { ["lost"] = "lose" });
        using var dictionary = DictdDictionary.TryOpen(folder, "freedict-eng-deu")!;
        using var lexicon = CompiledLexicon.Open(dictionary, _folder.Combine("cache"));
        Assert.Equal(["unterliegen", "verlieren"], lexicon.Translations("lose"));
        Assert.Equal(["unterliegen", "verlieren"], lexicon.Translations("lost"));
    }

    [Fact]
    public void Headwords_are_found_wherever_the_search_lands_in_long_lines_and_accented_words()
    {
        // The binary search reads the file in 512-byte blocks and compares headwords in place: a step that lands in a
        // line longer than a block, or beside multi-byte letters, must still find each headword and its whole line.
        var words = Enumerable.Range(0, 120).Select(i => i % 3 == 0 ? $"über{i:D3}" : $"word{i:D3}").ToList();
        string[] Translations(int i) => Enumerable.Range(0, i % 4 == 0 ? 16 : 2).Select(j => $"Übersetzungsnummer{j:D2}fürWort{i:D3}").ToArray();
        using var lexicon = Compile(string.Join("---\n", words.Select((w, i) => $"{w} /x/\n{string.Join(", ", Translations(i))}\n\n")));
        for (var i = 0; i < words.Count; i++) Assert.Equal(Translations(i), lexicon.Translations(words[i]));
        Assert.Empty(lexicon.Translations("word0005"));
        Assert.Empty(lexicon.Translations("übe"));
        Assert.Equal(["über000", "über003", "über006", "über009"], lexicon.HeadwordsStartingWith("über00", 5));
        Assert.Equal(("über003", "Übersetzungsnummer00fürWort003"), lexicon.EntriesStartingWith("Über003", 1).Single());
    }

    [Fact]
    public async Task Look_ups_racing_a_dispose_end_in_a_result_or_an_object_disposed_error_and_later_ones_are_refused()
    {
        // A host shutting down disposes the lexicon while questions may still read it: a read of an unmapped view
        // would crash the process, so every look-up must either finish on the mapping it began with or be refused.
        var lexicon = Compile(DictdTestFiles.EnglishGerman);
        var unexpected = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var started = new CountdownEvent(4);
        var readers = Enumerable.Range(0, 4).Select(reader => Task.Run(() =>
        {
            started.Signal();
            for (var i = 0; i < 200_000; i++)
            {
                try { lexicon.Translations($"word{reader}-{i}"); } // a new word each time: no remembered answer
                catch (ObjectDisposedException) { return; }
                catch (Exception e) { unexpected.Add(e); return; }
            }
        })).ToArray();
        started.Wait();
        Thread.Sleep(20);
        lexicon.Dispose();
        await Task.WhenAll(readers);

        Assert.Empty(unexpected);
        Assert.Throws<ObjectDisposedException>(() => lexicon.Translations("never looked up"));
        Assert.Throws<ObjectDisposedException>(() => lexicon.HeadwordsStartingWith("sh", 3));
    }

    public void Dispose() => _folder.Dispose();
}
