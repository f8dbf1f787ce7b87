namespace ParIndex.Application.Frameworks;

/// <summary>Reads and writes a framework as an Excel workbook (sheets "Khung", "Tiêu chí", "Hướng dẫn").</summary>
public interface IFrameworkWorkbook
{
    byte[] Write(FrameworkDocument framework);

    /// <summary>Never throws on a bad file: every problem comes back with its sheet, row and column.</summary>
    WorkbookReadResult Read(Stream workbook);
}

public sealed record WorkbookReadResult(FrameworkDocument? Framework, IReadOnlyList<WorkbookError> Errors);

/// <summary>One problem in an uploaded workbook; <see cref="Row"/> is Excel's 1-based row, 0 for the whole sheet.</summary>
public sealed record WorkbookError(string Sheet, int Row, string Column, string Message);
