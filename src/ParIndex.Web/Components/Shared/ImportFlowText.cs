namespace ParIndex.Web.Components.Shared;

/// <summary>Names the texts of <see cref="ImportFlow{TPreview}"/> (Resources/Components/Shared/ImportFlowText.resx): a generic component has no resource name of its own.</summary>
public sealed class ImportFlowText;
