-- A transfer's steps as their approving organisations own them, for the overdue list: the data scope
-- limits this view by the approver's path, so an administrator sees the late steps of approvers in
-- their subtree. The table itself is read with its transfer, whose scope is either end's (a branch sees
-- every level of its own transfer, though the approvers lie above it), so the table stays unscoped.
CREATE VIEW approver_step AS
SELECT id, transfer_id, seq, org_id, org_path, org_name, status, pending_since, due_date
FROM transfer_step;
