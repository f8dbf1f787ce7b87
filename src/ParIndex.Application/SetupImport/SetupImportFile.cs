using FluentValidation;
using ParIndex.Application.DataImport;

namespace ParIndex.Application.SetupImport;

/// <summary>An uploaded units or accounts file.</summary>
public interface ISetupImportFile
{
    string FileName { get; }

    byte[] Content { get; }
}

/// <summary>The checks every units or accounts file gets before it is read: the same as every other table import.</summary>
public sealed class SetupImportFileValidator<T> : AbstractValidator<T>
    where T : ISetupImportFile
{
    public SetupImportFileValidator()
    {
        RuleFor(r => r.FileName).AcceptedTableFileName();
        RuleFor(r => r.Content).AcceptedTableFileContent();
    }
}

public sealed class PreviewUnitImportValidator : AbstractValidator<PreviewUnitImport>
{
    public PreviewUnitImportValidator() => Include(new SetupImportFileValidator<PreviewUnitImport>());
}

public sealed class ImportUnitsValidator : AbstractValidator<ImportUnits>
{
    public ImportUnitsValidator()
    {
        Include(new SetupImportFileValidator<ImportUnits>());
        RuleFor(r => r.PreviewedSha256).Previewed();
    }
}

public sealed class PreviewAccountImportValidator : AbstractValidator<PreviewAccountImport>
{
    public PreviewAccountImportValidator() => Include(new SetupImportFileValidator<PreviewAccountImport>());
}

public sealed class ImportAccountsValidator : AbstractValidator<ImportAccounts>
{
    public ImportAccountsValidator()
    {
        Include(new SetupImportFileValidator<ImportAccounts>());
        RuleFor(r => r.PreviewedSha256).Previewed();
    }
}
