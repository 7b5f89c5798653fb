--
-- This file is licensed under the Affero General Public License (AGPL) version 3.
--
-- Copyright (C) 2025 New Vector, Ltd
--
-- This program is free software: you can redistribute it and/or modify
-- it under the terms of the GNU Affero General Public License as
-- published by the Free Software Foundation, either version 3 of the
-- License, or (at your option) any later version.
--
-- See the GNU Affero General Public License for more details:
-- <https://www.gnu.org/licenses/agpl-3.0.html>.

-- So we can fetch all rooms for a given user sorted by stream order
INSERT INTO background_updates (ordering, update_name, progress_json) VALUES
  (9204, 'sliding_sync_membership_snapshots_user_id_stream_ordering', '{}');
