package org.dangjian.org.excel;

import com.baomidou.mybatisplus.annotation.InterceptorIgnore;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.dangjian.org.tree.Org;

/** The set-based statements of an import: one statement per chunk of rows, never one per row. */
@Mapper
public interface OrgImportMapper {

    /**
     * Codes that exist anywhere in the tree. Not limited to the caller's scope on purpose: codes are
     * unique city-wide, so a code taken in another subtree cannot be imported either.
     */
    @InterceptorIgnore(dataPermission = "true")
    @Select("<script>SELECT code FROM org_unit WHERE code IN"
            + "<foreach collection='codes' item='c' open='(' separator=',' close=')'>#{c}</foreach></script>")
    List<String> takenCodes(@Param("codes") Collection<String> codes);

    /**
     * Organisations that rows name as parents, wherever they are: the caller's scope is applied to the
     * result with {@code CurrentUser.covers}, the data-scope rule, because the interceptor would parse
     * and print a statement with up to a thousand placeholders.
     */
    @InterceptorIgnore(dataPermission = "true")
    @Select("<script>SELECT id, path, depth, code, type FROM org_unit WHERE code IN"
            + "<foreach collection='codes' item='c' open='(' separator=',' close=')'>#{c}</foreach></script>")
    List<Org> byCodes(@Param("codes") Collection<String> codes);

    /**
     * One multi-row INSERT. {@code path} holds the parent's path for now: the row's own id, which ends
     * its path, exists only after the insert ({@link #appendIdToPaths}).
     */
    @Insert("<script>INSERT INTO org_unit (parent_id, path, depth, code, name, short_name, type, category,"
            + " sort_order, status, created_at, updated_at, version) VALUES"
            + "<foreach collection='orgs' item='o' separator=','>"
            + "(#{o.parentId}, #{o.path}, #{o.depth}, #{o.code}, #{o.name}, #{o.shortName}, #{o.type}, #{o.category},"
            + " #{o.sortOrder}, 'ACTIVE', #{now}, #{now}, 0)</foreach></script>")
    int insertAll(@Param("orgs") List<Org> orgs, @Param("now") LocalDateTime now);

    /** Ids of rows just inserted, by their codes (unique); the import's own rows, so no scope needed. */
    @InterceptorIgnore(dataPermission = "true")
    @Select("<script>SELECT id, code FROM org_unit WHERE code IN"
            + "<foreach collection='codes' item='c' open='(' separator=',' close=')'>#{c}</foreach></script>")
    List<Org> idsByCodes(@Param("codes") Collection<String> codes);

    /**
     * Completes the paths of rows just inserted: parent path + own id + '/'. Without the scope: the rows are
     * the import's own, under parents already checked against the caller's scope, and the interceptor would
     * parse and print a statement with up to a thousand placeholders.
     */
    @InterceptorIgnore(dataPermission = "true")
    @Update("<script>UPDATE org_unit SET path = CONCAT(path, id, '/') WHERE id IN"
            + "<foreach collection='ids' item='i' open='(' separator=',' close=')'>#{i}</foreach></script>")
    int appendIdToPaths(@Param("ids") Collection<Long> ids);
}
