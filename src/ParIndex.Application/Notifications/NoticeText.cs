namespace ParIndex.Application.Notifications;

/// <summary>What one event says: a title, a sentence or two, and the portal path where the person acts on it.</summary>
public sealed record NoticeText(string Title, string Body, string Link);
