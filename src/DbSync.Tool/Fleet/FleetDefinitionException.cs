using DbSync.Core.Errors;

namespace DbSync.Tool.Fleet;

/// <summary>A fleet that cannot be read (DBS120): a bad line of the fleet file, a bad [fleet] setting, a query that failed. Nothing ran.</summary>
internal sealed class FleetDefinitionException(string message, SourceLocation? location = null, Exception? inner = null)
    : DbSyncException(ErrorCodes.Fleet, message, location, inner);
