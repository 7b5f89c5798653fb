using System;

namespace DbSync.Core.Sql
{
    /// <summary>The yes-or-no lexical rules of a <see cref="SqlSyntax"/>, as one set of flags per dialect.</summary>
    [Flags]
    internal enum SqlRules
    {
        None = 0,

        /// <summary><c>[name]</c>, with no escape inside.</summary>
        BracketIdentifiers = 1 << 0,

        /// <summary>A backslash escapes the next character inside string literals.</summary>
        BackslashEscapes = 1 << 1,

        /// <summary><c>E'...'</c> strings, where a backslash escapes the next character.</summary>
        EscapeStringPrefix = 1 << 2,

        /// <summary><c>$$ ... $$</c> and <c>$tag$ ... $tag$</c> strings.</summary>
        DollarQuotes = 1 << 3,

        /// <summary><c>#</c> starts a line comment.</summary>
        HashComments = 1 << 4,

        /// <summary><c>--</c> starts a comment only before whitespace or the end (the mysql client's rule: <c>1--1</c> is an expression).</summary>
        DashCommentNeedsSpace = 1 << 5,

        /// <summary><c>/*! */</c>, <c>/*M! */</c> and <c>/*+ */</c> are executed, so they are statement content.</summary>
        ExecutableComments = 1 << 6,

        /// <summary><c>/* /* */ */</c> nests.</summary>
        NestedBlockComments = 1 << 7,

        /// <summary>The client's <c>DELIMITER xx</c> line changes the statement delimiter.</summary>
        DelimiterDirective = 1 << 8,

        /// <summary>psql's backslash commands and <c>COPY ... FROM stdin</c> data, which only the client understands.</summary>
        ClientCommands = 1 << 9,
    }
}
