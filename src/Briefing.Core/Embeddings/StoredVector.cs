namespace Briefing.Core.Embeddings;

/// <summary>A passage's unit-length vector and the fingerprint (model + text) it was computed from.</summary>
public sealed record StoredVector(string PassageId, string Fingerprint, float[] Vector);
