namespace ParIndex.Application.Common;

/// <summary>A template to fill in: the headers, then help lines starting with "#" (skipped when the file is read).</summary>
public sealed record ImportTemplate(string FileName, byte[] Content);
