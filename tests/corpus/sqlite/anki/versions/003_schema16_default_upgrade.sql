-- [corpus: the SQL of Anki's schema-16 step, a string literal in rslib/src/storage/upgrades/mod.rs; the rest of
--  the step (upgrade_deck_conf_to_schema16) rewrites deck config blobs in Rust]
update col set ver = 16
