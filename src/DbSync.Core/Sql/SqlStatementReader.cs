using System;
using System.Collections.Generic;
using System.IO;

namespace DbSync.Core.Sql
{
    /// <summary>
    /// Reads a script's statements one by one from a bounded window of its text, with the same statements, lines and
    /// errors as <see cref="SqlScriptParser.Parse"/>: memory follows the longest statement, never the file, so a
    /// data script of hundreds of megabytes is validated and run in a few megabytes.
    /// </summary>
    public sealed class SqlStatementReader : IDisposable
    {
        /// <summary>Chars read at a time; a statement longer than this makes the window grow to hold it.</summary>
        public const int ChunkSize = 64 * 1024;

        private readonly TextReader _reader;
        private readonly string? _path;
        private readonly StatementSplitter _splitter;
        private readonly char[] _chunk;
        private bool _complete;

        /// <param name="path">The file the text comes from, named in errors; null when it is not a file.</param>
        /// <param name="chunkSize">Chars read at a time (at least 2).</param>
        public SqlStatementReader(TextReader reader, SqlSyntax syntax, string? path = null, int chunkSize = ChunkSize)
        {
            if (chunkSize < 2)
            {
                throw new ArgumentOutOfRangeException(nameof(chunkSize), "at least 2 chars");
            }

            _chunk = new char[chunkSize];
            _reader = reader ?? throw new ArgumentNullException(nameof(reader));
            _splitter = new StatementSplitter(syntax ?? throw new ArgumentNullException(nameof(syntax)));
            _path = path;
        }

        /// <summary>Opens a script file, read as strict UTF-8 (<see cref="ScriptTextReader"/>).</summary>
        public static SqlStatementReader Open(string path, SqlSyntax syntax)
        {
            var text = ScriptTextReader.Open(path);
            return new SqlStatementReader(text, syntax, path, ChunkSizeFor(text));
        }

        /// <summary>
        /// <see cref="ChunkSize"/>, or less for a file that holds fewer chars: a run opens one script per version, and a
        /// 64 Ki-char window (a large-object allocation) for each short script made most of a long upgrade's garbage.
        /// </summary>
        public static int ChunkSizeFor(ScriptTextReader text) =>
            text?.BytesLeft is long bytes ? (int)Math.Max(2, Math.Min(ChunkSize, bytes + 1)) : ChunkSize;

        /// <summary>
        /// Reads every statement of the file in one streaming pass and keeps none: the check a script must pass
        /// before it runs. Returns how many statements it holds.
        /// </summary>
        /// <exception cref="SqlSyntaxException">A string, quoted name or comment is not terminated (with the file, line and column).</exception>
        /// <exception cref="UnreadableScriptException">The file is not UTF-8 text.</exception>
        public static int Validate(string path, SqlSyntax syntax)
        {
            using (var reader = Open(path, syntax))
            {
                var count = 0;
                while (reader.Read() != null)
                {
                    count++;
                }

                return count;
            }
        }

        /// <summary>The next statement, or null after the last one.</summary>
        /// <exception cref="SqlSyntaxException">A string, quoted name or comment is not terminated.</exception>
        /// <exception cref="UnreadableScriptException">The file is not UTF-8 text.</exception>
        public SqlStatement? Read()
        {
            while (true)
            {
                SplitStep step;
                SqlStatement? statement;
                try
                {
                    step = _splitter.Next(out statement);
                }
                catch (SqlSyntaxException e) when (_path != null)
                {
                    throw e.InFile(_path);
                }

                switch (step)
                {
                    case SplitStep.Statement:
                        return statement;
                    case SplitStep.End:
                        return null;
                }

                if (_complete)
                {
                    throw new InvalidOperationException("the splitter asked for text after the end of the script");
                }

                // A read asks for room for two chars at least (a surrogate pair never splits), so stop one short if need be.
                var read = 0;
                int n;
                while (_chunk.Length - read >= 2 && (n = _reader.Read(_chunk, read, _chunk.Length - read)) > 0)
                {
                    read += n;
                }

                if (read == 0)
                {
                    _complete = true;
                    _splitter.Complete();
                }
                else
                {
                    _splitter.Append(_chunk, read);
                }
            }
        }

        /// <summary>Every remaining statement, read as the sequence is enumerated.</summary>
        public IEnumerable<SqlStatement> ReadAll()
        {
            SqlStatement? statement;
            while ((statement = Read()) != null)
            {
                yield return statement;
            }
        }

        public void Dispose() => _reader.Dispose();
    }
}
