using System.Threading.Channels;
using Briefing.Core.Articles;

namespace Briefing.Core.Ingestion;

/// <summary>
/// The reading half of an ingest run: reads the inputs in their order on a background task and prepares their articles
/// (passages, content hash, near-duplicate signature: <see cref="ArticleIndexer.Prepare"/>) in parallel, a chunk at a
/// time, while the single writer indexes what came before. Order is kept, so which of two equal texts counts as the
/// original, and the progress lines, are the same as reading one by one. The channel is bounded: reading runs at most
/// <see cref="Capacity"/> articles ahead of the writer, so memory does not grow with the input.
/// </summary>
internal sealed class ArticleReadAhead
{
    private const int Capacity = 512;
    private const int ChunkSize = 64;

    /// <summary>The writer keeps one core; the rest prepare (at least one thread).</summary>
    private static readonly int Workers = Math.Max(1, Environment.ProcessorCount - 1);

    private readonly Channel<ReadAheadItem> _channel =
        Channel.CreateBounded<ReadAheadItem>(new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true });

    private ArticleReadAhead()
    {
    }

    public ChannelReader<ReadAheadItem> Items => _channel.Reader;

    /// <summary>The background reading: faults with the reading's own exception (a file, a feed) after the items read before it.</summary>
    public Task Completion { get; private set; } = Task.CompletedTask;

    /// <summary>Starts reading <paramref name="inputs"/> (one article source per input unit) in order.</summary>
    public static ArticleReadAhead Start(IReadOnlyList<Func<CancellationToken, IAsyncEnumerable<ArticleReadResult>>> inputs,
        Func<ArticleReadResult, PreparedArticle> prepare, CancellationToken cancellationToken)
    {
        var readAhead = new ArticleReadAhead();
        readAhead.Completion = Task.Run(() => readAhead.ReadAsync(inputs, prepare, cancellationToken), CancellationToken.None);
        return readAhead;
    }

    private async Task ReadAsync(IReadOnlyList<Func<CancellationToken, IAsyncEnumerable<ArticleReadResult>>> inputs,
        Func<ArticleReadResult, PreparedArticle> prepare, CancellationToken cancellationToken)
    {
        var pending = new List<(int Input, ArticleReadResult? Result)>(ChunkSize);
        try
        {
            for (var input = 0; input < inputs.Count; input++)
            {
                await using var results = inputs[input](cancellationToken).GetAsyncEnumerator(cancellationToken);
                while (true)
                {
                    // A file is read and parsed here, an article at a time (a feed or page is only started: its reading is awaited below).
                    ValueTask<bool> next;
                    using (IngestStageTimes.Time(IngestStageTimes.Stage.Read)) next = results.MoveNextAsync();
                    // The source has to wait (a feed, a page): hand on what is read, so the writer is not kept waiting for it.
                    if (!next.IsCompleted && pending.Count > 0) await PrepareAndHandOnAsync(pending, prepare, cancellationToken);
                    if (!await next) break;
                    pending.Add((input, results.Current));
                    if (pending.Count >= ChunkSize) await PrepareAndHandOnAsync(pending, prepare, cancellationToken);
                }
                pending.Add((input, null));
            }
            await PrepareAndHandOnAsync(pending, prepare, cancellationToken);
        }
        catch when (pending.Count > 0 && !cancellationToken.IsCancellationRequested)
        {
            // What was read before the failure is indexed, as when reading one by one; then the failure surfaces.
            await PrepareAndHandOnAsync(pending, prepare, cancellationToken);
            throw;
        }
        finally
        {
            // A reading failure ends the items after what was read before it; it surfaces from Completion as thrown.
            _channel.Writer.TryComplete();
        }
    }

    private async Task PrepareAndHandOnAsync(List<(int Input, ArticleReadResult? Result)> pending,
        Func<ArticleReadResult, PreparedArticle> prepare, CancellationToken cancellationToken)
    {
        var prepared = new PreparedArticle?[pending.Count];
        Parallel.For(0, pending.Count, new ParallelOptions { MaxDegreeOfParallelism = Workers, CancellationToken = cancellationToken },
            i => prepared[i] = pending[i].Result is { } result ? prepare(result) : null);
        for (var i = 0; i < pending.Count; i++)
            await _channel.Writer.WriteAsync(new ReadAheadItem(pending[i].Input, prepared[i]), cancellationToken);
        pending.Clear();
    }
}
