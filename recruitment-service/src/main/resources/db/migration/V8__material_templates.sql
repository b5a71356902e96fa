-- The material templates the catalogue's steps name (入党申请书参考格式, 政治审查报告样式 ...): one file per name,
-- uploaded by the city and downloaded by the administrators who prepare a step's papers. Names, not versions: a
-- template serves every catalogue version that names it, and a new upload replaces the file.
CREATE TABLE material_template (
    name         VARCHAR(100) NOT NULL PRIMARY KEY COMMENT 'as the catalogue names it',
    object_key   VARCHAR(120) NOT NULL COMMENT 'storage-kit key of the file',
    file_name    VARCHAR(120) NOT NULL COMMENT 'offered back under this name',
    content_type VARCHAR(100) NOT NULL COMMENT 'as read from the bytes',
    size_bytes   BIGINT       NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL
) COMMENT 'material templates of the development steps';
