namespace ParIndex.Web;

/// <summary>
/// Marker for Resources/SharedResource.resx (Vietnamese, the neutral culture) and SharedResource.en.resx: words
/// many pages use, and the names of roles, states and classifications.
/// </summary>
public sealed class SharedResource;
