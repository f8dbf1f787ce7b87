using ParIndex.Application.Frameworks;

namespace ParIndex.Infrastructure.Excel;

/// <summary>Excel round trip of a framework with DocumentFormat.OpenXml (styles, no formulas either way).</summary>
internal sealed class FrameworkWorkbook : IFrameworkWorkbook
{
    public byte[] Write(FrameworkDocument framework) => FrameworkWorkbookWriter.Write(framework);

    public WorkbookReadResult Read(Stream workbook) => FrameworkWorkbookReader.Read(workbook);
}
