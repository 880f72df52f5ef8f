using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Lexicon;

public sealed class DictdDictionaryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Lookup_returns_every_entry_of_a_headword_case_insensitively(bool chunked)
    {
        var folder = DictdTestFiles.Write(_folder.Combine("dict"), "freedict-eng-deu", DictdTestFiles.EnglishGerman, chunked);
        using var dictionary = DictdDictionary.TryOpen(folder, "freedict-eng-deu")!;
        var entries = dictionary.Lookup("HARBOUR");
        Assert.Equal(2, entries.Count);
        Assert.StartsWith("harbour /hˈɑːbə/\nHafen <masc>", entries[0]);
        Assert.Contains("beherbergen", entries[1]);
        Assert.Contains("Feuchtgebiet", dictionary.Lookup("wetland").Single());
    }

    [Fact]
    public void Entries_spanning_several_dictzip_chunks_are_read_whole()
    {
        var folder = DictdTestFiles.Write(_folder.Combine("dict"), "freedict-eng-deu", DictdTestFiles.EnglishGerman, chunked: true, chunkLength: 16);
        using var dictionary = DictdDictionary.TryOpen(folder, "freedict-eng-deu")!;
        var entry = dictionary.Lookup("jobs").Single();
        Assert.Equal("jobs /dʒˈɒbz/\nArbeitsplätze <pl>, Stellen <pl>, Jobs <pl>\n", entry);
    }

    [Fact]
    public void Phrases_metadata_and_unknown_words_are_not_found()
    {
        var folder = DictdTestFiles.Write(_folder.Combine("dict"), "freedict-eng-deu", DictdTestFiles.EnglishGerman);
        using var dictionary = DictdDictionary.TryOpen(folder, "freedict-eng-deu")!;
        Assert.Empty(dictionary.Lookup("a man of your inches"));
        Assert.Empty(dictionary.Lookup("00databaseutf8"));
        Assert.Empty(dictionary.Lookup("submarine"));
    }

    [Fact]
    public void A_missing_dictionary_is_not_opened()
    {
        Assert.Null(DictdDictionary.TryOpen(_folder.Path, "freedict-eng-deu"));
    }

    [Fact]
    public void A_data_file_that_is_not_gzip_is_rejected_with_a_clear_error()
    {
        var folder = _folder.Combine("bad");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "x.index"), "word\tA\tB\n");
        File.WriteAllText(Path.Combine(folder, "x.dict.dz"), "plain text, not gzip");
        var error = Assert.Throws<InvalidDataException>(() => DictdDictionary.TryOpen(folder, "x"));
        Assert.Contains("gzip", error.Message);
    }

    [Theory]
    [InlineData("A", 0)]
    [InlineData("B", 1)]
    [InlineData("BA", 64)]
    [InlineData("FVrr", 1_399_531)]
    public void Dictd_numbers_decode_as_base64_digits(string text, long expected)
    {
        Assert.True(DictdNumber.TryDecode(text, out var value));
        Assert.Equal(expected, value);
        Assert.Equal(text, DictdNumber.Encode(expected));
    }

    public void Dispose() => _folder.Dispose();
}
