-- changes:
--   add index ix_docs_tags on docs USING gin (tags)

-- upgrade:
CREATE INDEX ix_docs_tags ON docs USING gin (tags);

-- downgrade:
DROP INDEX ix_docs_tags;
