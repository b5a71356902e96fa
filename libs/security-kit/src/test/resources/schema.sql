CREATE TABLE IF NOT EXISTS dj_dues_record (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    org_path  VARCHAR(255) NOT NULL,
    member_id BIGINT       NOT NULL,
    amount    INT          NOT NULL,
    INDEX idx_dues_org_path (org_path)
);
CREATE TABLE IF NOT EXISTS dj_branch (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    org_path VARCHAR(255) NOT NULL,
    name     VARCHAR(100) NOT NULL,
    INDEX idx_branch_org_path (org_path)
);
CREATE TABLE IF NOT EXISTS dj_notice (
    id    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title VARCHAR(100) NOT NULL
);
