using System.Text;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>What seeding did: whether it wrote the demo data now, and the demo accounts that exist.</summary>
public sealed record DemoSeedResult(bool Seeded, IReadOnlyList<DemoAccount> Accounts)
{
    /// <summary>A fixed-width table of the demo accounts (user name, role, unit, password) for the console.</summary>
    public string FormatAccountsTable()
    {
        string[] header = ["Tài khoản", "Vai trò", "Đơn vị", "Mật khẩu"];
        var rows = Accounts.Select(a => new[] { a.UserName, a.Role, a.UnitName ?? "(toàn tỉnh)", a.Password }).ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        Append(text, header, widths);
        text.AppendLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            Append(text, row, widths);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, string[] cells, int[] widths) =>
        text.AppendLine(string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
}
