-- The network summary picks the meetings of a period across every group (who came, what they
-- covered): without this it reads the whole meeting table for each summary.
create index meeting_meets_on_idx on meeting (meets_on);
