package org.dangjian.kit.security.app;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** A table that belongs to no organisation: no scope. */
@TableName("dj_notice")
public class Notice {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String title;

    public Notice() {
    }

    public Notice(String title) {
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
