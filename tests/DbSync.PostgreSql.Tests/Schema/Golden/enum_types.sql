-- changes:
--   add enum type colour (red, green)
--   alter enum type mood: (sad, ok) -> (sad, ok, happy)
--   add column people.colours colour[]

-- upgrade:
CREATE TYPE colour AS ENUM ('red', 'green');
ALTER TYPE mood ADD VALUE 'happy' AFTER 'ok';

ALTER TABLE people
    ADD COLUMN colours colour[];

-- downgrade:
ALTER TYPE mood RENAME TO dbsync_old_mood;
CREATE TYPE mood AS ENUM ('sad', 'ok');
ALTER TABLE people
    ALTER COLUMN mood DROP DEFAULT,
    ALTER COLUMN mood TYPE mood USING mood::text::mood,
    ALTER COLUMN mood SET DEFAULT 'ok'::mood;
DROP TYPE dbsync_old_mood;

ALTER TABLE people
    DROP COLUMN colours;

DROP TYPE colour;
