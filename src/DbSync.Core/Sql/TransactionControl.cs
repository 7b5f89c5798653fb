namespace DbSync.Core.Sql
{
    /// <summary>
    /// Whether a statement is, in its entirety, a transaction-control statement. The engine
    /// skips these with a warning (as sqlalchemy-migrate does) because it owns the transaction.
    /// </summary>
    public enum TransactionControl
    {
        /// <summary>Any other statement, including <c>ROLLBACK TO savepoint</c>.</summary>
        None,

        /// <summary><c>BEGIN [DEFERRED|IMMEDIATE|EXCLUSIVE] [TRANSACTION]</c>, <c>BEGIN WORK</c>, <c>START TRANSACTION</c>.</summary>
        Begin,

        /// <summary><c>COMMIT [TRANSACTION|WORK]</c>, <c>END [TRANSACTION]</c>.</summary>
        Commit,

        /// <summary><c>ROLLBACK [TRANSACTION|WORK]</c>.</summary>
        Rollback,
    }
}
