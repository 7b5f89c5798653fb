using DbSync.Core.Integrity;
using DbSync.Core.Validation;
using Snapshooter.Xunit3;

namespace DbSync.Core.Tests.Validation;

/// <summary>
/// Everything the validator says about one repository with a problem of every kind but DBS006, kept as a JSON
/// snapshot in __snapshots__/: the order, codes, severities, files, lines, columns and the full messages users read. The other
/// validation tests each assert one finding; a change to any message or to the order shows here as a diff for a
/// reviewer. (A broken migrate.cfg, DBS006, leaves the numbering unchecked, so it keeps its own tests.)
/// </summary>
public class DiagnosticsSnapshotTests
{
    [Fact]
    public void A_repository_with_many_problems_reports_the_snapshot()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        repository.Script("002_ports_default_upgrade.sql", "CREATE TABLE ports (id INTEGER PRIMARY KEY);\n");
        repository.Script("002_ports_default_downgrade.sql", "DROP TABLE ports;\n");
        SumFile.Write(repository.Path);
        // After hashing: an edit to a recorded script (DBS007), and scripts never recorded (DBS008).
        repository.Script("002_ports_default_downgrade.sql", "DROP TABLE ports;\nCOMMIT;\n");
        repository.Script("003_users_default_apply.sql");
        repository.Script("004_empty_default_upgrade.sql", string.Empty);
        repository.Script("004_empty_default_downgrade.sql", "SELECT 1;\n");
        repository.Script("005_quotes_sqlite_upgrade.sql", "CREATE TABLE q (a TEXT);\nROLLBACK;\nINSERT INTO q VALUES ('it''s\n);\n");
        repository.Script("004_empty_mysql_upgrade.sql", "-- Write the statements that upgrade the schema, each ending with ';'.\n");
        repository.Script("002_ports_mysql_upgrade.sql", "CREATE TABLE ports (id INT);\0\n");
        repository.Script("005_quotes_default_upgrade.sql");
        repository.Script("006_a_default_upgrade.sql");
        repository.Script("006_b_default_upgrade.sql");

        IReadOnlyList<Diagnostic> diagnostics = repository.Validate(requireDowngrade: true);

        Snapshot.Match(diagnostics.Select(d => new
        {
            d.Code,
            Severity = d.Severity.ToString(),
            File = Path.GetRelativePath(repository.Path, d.File).Replace('\\', '/'),
            d.Line,
            d.Column,
            Message = d.Message.Replace(repository.Path, "<repository>", StringComparison.Ordinal),
        }));
    }
}
