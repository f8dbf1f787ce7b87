using System.Text;
using System.Text.Json;
using ParIndex.Application.Auditing;

namespace ParIndex.Infrastructure.Auditing;

/// <summary>
/// The audit trail's heads in the keys folder (<c>Security:KeysPath</c>), outside the database: <c>audit-head.json</c>
/// is replaced at every audited save (written beside it, then moved over it, so a crash never leaves half a file), and
/// <c>audit-checkpoints.log</c> gets one JSON line per checkpoint and is only ever appended to. Several portal processes
/// on one database must share this folder, as they share the publication key.
/// </summary>
public sealed class AuditHeadFile(string folder) : IAuditHeadStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Lock _gate = new();

    public string LatestPath => Path.Combine(folder, "audit-head.json");

    public string CheckpointsPath => Path.Combine(folder, "audit-checkpoints.log");

    public AuditHead? Latest()
    {
        lock (_gate)
        {
            return File.Exists(LatestPath) ? JsonSerializer.Deserialize<AuditHead>(File.ReadAllText(LatestPath), Json) : null;
        }
    }

    public IReadOnlyList<AuditCheckpoint> Checkpoints()
    {
        lock (_gate)
        {
            return File.Exists(CheckpointsPath)
                ? [.. File.ReadAllLines(CheckpointsPath).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<AuditCheckpoint>(l, Json)!)]
                : [];
        }
    }

    public void Write(AuditHead head)
    {
        lock (_gate)
        {
            Directory.CreateDirectory(folder);
            var temporary = LatestPath + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(head, Json), Encoding.UTF8);
            File.Move(temporary, LatestPath, overwrite: true);
        }
    }

    public void Append(AuditCheckpoint checkpoint)
    {
        lock (_gate)
        {
            Directory.CreateDirectory(folder);
            File.AppendAllText(CheckpointsPath, JsonSerializer.Serialize(checkpoint, Json) + "\n", Encoding.UTF8);
        }
    }
}
