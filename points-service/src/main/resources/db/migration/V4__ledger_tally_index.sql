-- A year's tally reads (year, member, kind, detail, quantity) only: with this covering index the
-- whole-city recalculation groups 1.5 million entries from the index alone, in member order.
ALTER TABLE ledger_entry DROP INDEX idx_ledger_year,
    ADD KEY idx_ledger_tally (year, member_id, kind, detail, quantity);
