using System.Security.Cryptography;
using System.Text;
using ParIndex.Domain.Auditing;

namespace ParIndex.Domain.Tests.Auditing;

public sealed class AuditEntryTests
{
    private const string PreviousHash = "7f0c2a9e5b1d4c3a8e6f0b2d4a6c8e0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d";

    private static readonly AuditRecord Original = new(
        new DateTime(2026, 3, 15, 9, 30, 0, DateTimeKind.Utc),
        Guid.Parse("0199a1b2-0000-7000-8000-000000000001"),
        "admin",
        "Administrator",
        Guid.Parse("0199a1b2-0000-7000-8000-000000000002"),
        "10.0.0.5",
        "unit.renamed",
        "Unit",
        "0199a1b2-0000-7000-8000-000000000003",
        """{"Name":"Sở Nội vụ"}""",
        """{"Name":"Sở Nội vụ tỉnh Sông Lam"}""",
        Succeeded: true);

    [Fact]
    public void Seal_FirstEntry_HashesCanonicalTextWithoutPreviousHash()
    {
        var entry = new AuditEntry(Original);

        entry.Seal(null, Sha256Hex);

        Assert.Null(entry.PreviousHash);
        Assert.Equal(Sha256Hex(entry.CanonicalText()), entry.Hash);
        Assert.Equal(64, entry.Hash.Length);
    }

    [Fact]
    public void Seal_SecondEntry_CarriesThePreviousHash()
    {
        var first = new AuditEntry(Original);
        first.Seal(null, Sha256Hex);
        var second = new AuditEntry(Original with { Action = "unit.moved" });

        second.Seal(first.Hash, Sha256Hex);

        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.StartsWith(first.Hash + '\u001f', second.CanonicalText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Seal_Twice_IsRefused()
    {
        var entry = new AuditEntry(Original);
        entry.Seal(null, Sha256Hex);
        var hash = entry.Hash;

        Assert.Throws<InvalidOperationException>(() => entry.Seal(PreviousHash, Sha256Hex));
        Assert.Equal((hash, (string?)null), (entry.Hash, entry.PreviousHash));
    }

    [Fact]
    public void Seal_SameFacts_GiveTheSameHash()
    {
        Assert.Equal(SealedHash(Original), SealedHash(Original with { }));
    }

    [Theory]
    [InlineData("OccurredAtUtc")]
    [InlineData("UserId")]
    [InlineData("UserName")]
    [InlineData("Roles")]
    [InlineData("UnitId")]
    [InlineData("IpAddress")]
    [InlineData("Action")]
    [InlineData("EntityType")]
    [InlineData("EntityId")]
    [InlineData("OldValues")]
    [InlineData("NewValues")]
    [InlineData("Succeeded")]
    public void Seal_AnyFieldChanged_ChangesTheHash(string field)
    {
        var changed = Change(Original, field);

        Assert.NotEqual(Original, changed);
        Assert.NotEqual(SealedHash(Original), SealedHash(changed));
    }

    [Fact]
    public void Seal_DifferentPreviousHash_ChangesTheHash()
    {
        var a = new AuditEntry(Original);
        var b = new AuditEntry(Original);

        a.Seal(PreviousHash, Sha256Hex);
        b.Seal(PreviousHash.Replace('7', '8'), Sha256Hex);

        Assert.NotEqual(a.Hash, b.Hash);
    }

    [Fact]
    public void Seal_FieldMovedToItsNeighbour_ChangesTheHash()
    {
        var moved = Original with { UserName = null, Roles = Original.UserName + Original.Roles };

        Assert.NotEqual(SealedHash(Original), SealedHash(moved));
    }

    private static string SealedHash(AuditRecord record)
    {
        var entry = new AuditEntry(record);
        entry.Seal(PreviousHash, Sha256Hex);
        return entry.Hash;
    }

    private static AuditRecord Change(AuditRecord r, string field) => field switch
    {
        "OccurredAtUtc" => r with { OccurredAtUtc = r.OccurredAtUtc.AddTicks(1) },
        "UserId" => r with { UserId = Guid.Parse("0199a1b2-0000-7000-8000-000000000009") },
        "UserName" => r with { UserName = "admin2" },
        "Roles" => r with { Roles = "Inspector" },
        "UnitId" => r with { UnitId = null },
        "IpAddress" => r with { IpAddress = "10.0.0.6" },
        "Action" => r with { Action = "unit.merged" },
        "EntityType" => r with { EntityType = "Block" },
        "EntityId" => r with { EntityId = "other" },
        "OldValues" => r with { OldValues = """{"Name":"Sở Nội Vụ"}""" },
        "NewValues" => r with { NewValues = null },
        "Succeeded" => r with { Succeeded = false },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
