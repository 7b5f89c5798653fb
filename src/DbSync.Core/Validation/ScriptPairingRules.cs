using DbSync.Core.Errors;
using System.Collections.Generic;
using System.Globalization;
using DbSync.Core.Repository;

namespace DbSync.Core.Validation
{
    /// <summary>
    /// The scripts of one version belong together: every dialect that has an upgrade can be downgraded (DBS004,
    /// a warning unless downgrades are required), and all scripts carry the same description (DBS002 warning:
    /// two changes that took the same number on different branches).
    /// </summary>
    internal static class ScriptPairingRules
    {
        public static void Check(IEnumerable<MigrationVersion> versions, bool requireDowngrade, ICollection<Diagnostic> findings)
        {
            foreach (MigrationVersion version in versions)
            {
                CheckDowngrades(version, requireDowngrade, findings);
                CheckDescriptions(version, findings);
            }
        }

        private static void CheckDowngrades(MigrationVersion version, bool requireDowngrade, ICollection<Diagnostic> findings)
        {
            if (version.Find(ScriptName.DefaultDialect, ScriptOperation.Downgrade) != null)
            {
                return;
            }

            foreach (ScriptFile script in version.Scripts)
            {
                ScriptName name = script.Name;
                // A mariadb upgrade is undone by the mysql downgrade where there is no mariadb one, as it runs.
                string? fallback = ScriptName.FallbackOf(name.Dialect);
                if (name.Operation != ScriptOperation.Upgrade || version.Find(name.Dialect, ScriptOperation.Downgrade) != null
                    || (fallback != null && version.Find(fallback, ScriptOperation.Downgrade) != null))
                {
                    continue;
                }

                string downgrade = name.VersionName + "_" + name.Dialect + "_downgrade.sql";
                string message = "version " + version.Number.ToString(CultureInfo.InvariantCulture) + " has no downgrade script"
                    + (name.Dialect == ScriptName.DefaultDialect ? "" : " for " + name.Dialect) + "; add " + downgrade
                    + (fallback == null ? "" : ", " + name.VersionName + "_" + fallback + "_downgrade.sql")
                    + (name.Dialect == ScriptName.DefaultDialect ? "" : " or " + name.VersionName + "_default_downgrade.sql")
                    + (requireDowngrade ? " (downgrades are required by DbSyncRequireDowngrade or [dbsync] require_downgrade)" : "");
                findings.Add(new Diagnostic(ErrorCodes.MissingScript,
                    requireDowngrade ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, script.Path, 0, message));
            }
        }

        private static void CheckDescriptions(MigrationVersion version, ICollection<Diagnostic> findings)
        {
            ScriptName? named = null;
            foreach (ScriptFile script in version.Scripts)
            {
                // sqlalchemy-migrate allows a dialect variant without a description (004_sqlite_upgrade.sql).
                if (script.Name.Description.Length == 0)
                {
                    continue;
                }

                if (named == null)
                {
                    named = script.Name;
                }
                else if (script.Name.Description != named.Description)
                {
                    findings.Add(new Diagnostic(ErrorCodes.DuplicateScript, DiagnosticSeverity.Warning, script.Path, 0,
                        "version " + version.Number.ToString(CultureInfo.InvariantCulture) + " has scripts for two changes, "
                        + named.VersionName + " and " + script.Name.VersionName
                        + "; if two branches took the same number, renumber one of them, otherwise give all scripts of the version the same description"));
                    return;
                }
            }
        }
    }
}
